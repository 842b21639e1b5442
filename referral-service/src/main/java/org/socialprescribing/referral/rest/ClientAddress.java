package org.socialprescribing.referral.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a call counts against. A proxy appends the address it was called from to {@code X-Forwarded-For},
 * so only the right-hand end of the header is vouched for: walking it from the right, every hop that is a trusted
 * proxy (the web portal, an ingress) is passed over, and the first one that is not is the client. Whatever a client
 * wrote further left is its own claim and is never believed, so it cannot pick a fresh address for each call.
 */
final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** An address or network ({@code 10.0.0.0/8}, {@code ::1}) whose forwarded addresses are believed. */
    record Network(byte[] address, int prefix) {

        static Network parse(String text) {
            String[] parts = text.strip().split("/", 2);
            byte[] bytes = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException("Not an IP address or network: " + text));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Not a network prefix: " + text);
            }
            return new Network(bytes, prefix);
        }

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 1 << (7 - bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Network> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().filter(t -> !t.isBlank()).map(Network::parse).toList();
    }

    /** The client of a call that came from {@code peer} (the connection's address) with these header values. */
    String of(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(unbracket(hop.strip()));
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                // Not an address at all (a client's "unknown"): counts as the proxy that passed it on.
                return literal(hops.get(i)).isPresent() ? hops.get(i) : peer;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && trusted.stream().anyMatch(network -> network.contains(bytes.get()));
    }

    private static String unbracket(String hop) {
        return hop.startsWith("[") && hop.contains("]") ? hop.substring(1, hop.indexOf(']')) : hop;
    }

    /** The bytes of an IP literal; never a DNS look-up (anything else is empty). */
    static Optional<byte[]> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || text.indexOf(':') >= 0)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }
}
