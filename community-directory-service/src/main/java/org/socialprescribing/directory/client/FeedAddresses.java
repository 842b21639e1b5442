package org.socialprescribing.directory.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Whether the directory may fetch a feed address: a feed is another organisation's public API, so its host must not
 * be this machine, a private network or any other range that IANA's special-purpose registries (IPv4 and IPv6) mark
 * as not globally reachable, nor one that carries an IPv4 address inside an IPv6 one (which could be a private one).
 * Local runs and tests allow them (directory.feeds.allow-private-addresses).
 */
public final class FeedAddresses {

    /** A range that is never a feed's: its first address, prefix length, and what it is (for the table's readers). */
    private record Range(byte[] start, int bits, String what) {

        static Range of(String cidr, String what) {
            String[] parts = cidr.split("/");
            try {
                // Literals only: InetAddress parses them without a look-up.
                return new Range(InetAddress.getByName(parts[0]).getAddress(), Integer.parseInt(parts[1]), what);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != start.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (start[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Range> REFUSED = List.of(
            // IPv4 (IANA IPv4 Special-Purpose Address Registry, plus multicast)
            Range.of("0.0.0.0/8", "this network"),
            Range.of("10.0.0.0/8", "private-use"),
            Range.of("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.0.0/16", "link local (cloud metadata)"),
            Range.of("172.16.0.0/12", "private-use"),
            Range.of("192.0.0.0/24", "IETF protocol assignments"),
            Range.of("192.0.2.0/24", "documentation (TEST-NET-1)"),
            Range.of("192.88.99.0/24", "6to4 relay anycast"),
            Range.of("192.168.0.0/16", "private-use"),
            Range.of("198.18.0.0/15", "benchmarking"),
            Range.of("198.51.100.0/24", "documentation (TEST-NET-2)"),
            Range.of("203.0.113.0/24", "documentation (TEST-NET-3)"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("240.0.0.0/4", "reserved, and the limited broadcast address"),
            // IPv6 (IANA IPv6 Special-Purpose Address Registry, plus multicast); ::ffff:0:0/96 is read as its IPv4
            Range.of("::/96", "IPv4-compatible, loopback and unspecified"),
            Range.of("64:ff9b::/96", "NAT64 (an IPv4 address inside)"),
            Range.of("64:ff9b:1::/48", "local-use NAT64"),
            Range.of("100::/64", "discard-only"),
            Range.of("100:0:0:1::/64", "dummy prefix"),
            Range.of("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID)"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("2002::/16", "6to4 (an IPv4 address inside)"),
            Range.of("3fff::/20", "documentation"),
            Range.of("5f00::/16", "segment routing (SRv6) SIDs"),
            Range.of("fc00::/7", "unique local"),
            Range.of("fe80::/10", "link local"),
            Range.of("fec0::/10", "site local (deprecated)"),
            Range.of("ff00::/8", "multicast"));

    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private FeedAddresses() {
    }

    /**
     * Why the address may not be fetched, or empty if it may (a host that does not resolve is left to the pull).
     * Used when a feed is registered; a pull checks again, through {@link #checked}, the addresses it connects to.
     */
    public static Optional<String> refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("it has no host");
        }
        try {
            for (InetAddress address : FeedResolver.SYSTEM.resolve(bare(host))) {
                if (!isPublic(address)) {
                    return Optional.of(host + " is on this machine or a private network");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The host's addresses, looked up once; unless private addresses are allowed, every one of them must be public
     * (else the pull is refused). The caller connects to one of exactly these, so that a name that changes its
     * answer between the check and the connection (DNS rebinding) cannot lead it inside.
     */
    static InetAddress[] checked(String host, FeedResolver resolver, boolean allowPrivate)
            throws UnknownHostException {
        InetAddress[] addresses = resolver.resolve(bare(host));
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        if (!allowPrivate && !Arrays.stream(addresses).allMatch(FeedAddresses::isPublic)) {
            throw new FeedUnavailableException(
                    "The feed address is not a public one: " + host + " is on this machine or a private network.");
        }
        return addresses;
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && Arrays.equals(bytes, 0, 12, MAPPED_PREFIX, 0, 12)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16); // ::ffff:a.b.c.d is a.b.c.d
        }
        for (Range range : REFUSED) {
            if (range.contains(bytes)) {
                return false;
            }
        }
        return true;
    }

    /** An IPv6 literal's host without its brackets. */
    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
