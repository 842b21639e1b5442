package org.socialprescribing.directory.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether the directory may fetch a feed address: a feed is another organisation's public API, so its host must not
 * be this machine or a private network (loopback, RFC 1918, carrier-grade NAT, link-local, IPv6 unique local,
 * unspecified, multicast), which would let a registered feed reach internal services. Local runs and tests allow
 * them (directory.feeds.allow-private-addresses).
 */
public final class FeedAddresses {

    private FeedAddresses() {
    }

    /** Why the address may not be fetched, or empty if it may (a host that does not resolve is left to the pull). */
    public static Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("it has no host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    return Optional.of(host + " is on this machine or a private network");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first != 0 // 0/8
                    && !(first == 100 && second >= 64 && second < 128) // 100.64/10, carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) // 192.0.0/24, protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // 198.18/15, network benchmarks
                    && first < 240; // 240/4 reserved, and the broadcast address
        }
        int head = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        boolean nat64 = head == 0x0064 && (bytes[2] & 0xff) == 0xff && (bytes[3] & 0xff) == 0x9b; // 64:ff9b::/96
        return (bytes[0] & 0xfe) != 0xfc // fc00::/7, unique local
                && head != 0x2002 // 6to4: an IPv4 address inside, which could be a private one
                && !nat64; // NAT64: the same
    }
}
