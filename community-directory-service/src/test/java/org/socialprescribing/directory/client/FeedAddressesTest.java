package org.socialprescribing.directory.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which feed addresses the directory refuses to fetch outside local runs: this machine and private networks. */
class FeedAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "0.1.2.3", "10.1.2.3", "172.16.0.1",
            "172.31.255.254", "192.168.1.1", "100.64.0.1", "100.127.255.254", "169.254.169.254", "fe80::1",
            "fd00::1", "fc12::1", "224.0.0.1", "::", "192.0.0.8", "198.18.0.1", "198.19.255.254", "240.0.0.1",
            "255.255.255.255", "64:ff9b::a00:1", "2002:a00:1::1"})
    void thisMachineAndPrivateNetworksAreNotPublic(String literal) throws UnknownHostException {
        assertFalse(FeedAddresses.isPublic(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "81.2.69.142", "100.63.255.255", "100.128.0.1", "172.32.0.1", "192.169.0.1",
            "2a00:1450:4009:81f::200e", "192.0.1.1", "198.17.255.255", "198.20.0.1", "223.255.255.254",
            "64:ff9c::1", "2003::1"})
    void internetAddressesArePublic(String literal) throws UnknownHostException {
        assertTrue(FeedAddresses.isPublic(InetAddress.getByName(literal)), literal);
    }

    /**
     * Each range IANA's special-purpose registries mark as not globally reachable (and multicast): its first and last
     * address are refused, and the public addresses either side of it (where there are any) are not.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0/8          | 0.0.0.0          | 0.255.255.255                           | -              | 1.0.0.0
            10.0.0.0/8         | 10.0.0.0         | 10.255.255.255                          | 9.255.255.255  | 11.0.0.0
            100.64.0.0/10      | 100.64.0.0       | 100.127.255.255                         | 100.63.255.255 | 100.128.0.0
            127.0.0.0/8        | 127.0.0.0        | 127.255.255.255                         | 126.255.255.255 | 128.0.0.0
            169.254.0.0/16     | 169.254.0.0      | 169.254.255.255                         | 169.253.255.255 | 169.255.0.0
            172.16.0.0/12      | 172.16.0.0       | 172.31.255.255                          | 172.15.255.255 | 172.32.0.0
            192.0.0.0/24       | 192.0.0.0        | 192.0.0.255                             | 191.255.255.255 | 192.0.1.0
            192.0.2.0/24       | 192.0.2.0        | 192.0.2.255                             | 192.0.1.255    | 192.0.3.0
            192.88.99.0/24     | 192.88.99.0      | 192.88.99.255                           | 192.88.98.255  | 192.88.100.0
            192.168.0.0/16     | 192.168.0.0      | 192.168.255.255                         | 192.167.255.255 | 192.169.0.0
            198.18.0.0/15      | 198.18.0.0       | 198.19.255.255                          | 198.17.255.255 | 198.20.0.0
            198.51.100.0/24    | 198.51.100.0     | 198.51.100.255                          | 198.51.99.255  | 198.51.101.0
            203.0.113.0/24     | 203.0.113.0      | 203.0.113.255                           | 203.0.112.255  | 203.0.114.0
            224.0.0.0/4        | 224.0.0.0        | 239.255.255.255                         | 223.255.255.255 | -
            240.0.0.0/4        | 240.0.0.0        | 255.255.255.255                         | -              | -
            ::/96 (compatible) | ::               | ::255.255.255.255                       | -              | ::1:0:0
            ::ffff:0:0/96      | ::ffff:10.0.0.1  | ::ffff:192.168.255.255                  | -              | ::ffff:8.8.8.8
            64:ff9b::/96       | 64:ff9b::        | 64:ff9b::ffff:ffff                      | 64:ff9a:ffff:ffff:ffff:ffff:ffff:ffff | 64:ff9b::1:0:0
            64:ff9b:1::/48     | 64:ff9b:1::      | 64:ff9b:1:ffff:ffff:ffff:ffff:ffff      | 64:ff9b:0:ffff:ffff:ffff:ffff:ffff | 64:ff9b:2::
            100::/64           | 100::            | 100::ffff:ffff:ffff:ffff                | ff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 100:0:0:2::
            100:0:0:1::/64     | 100:0:0:1::      | 100::1:ffff:ffff:ffff:ffff              | -              | -
            2001::/23          | 2001::           | 2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff  | 2000:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 2001:200::
            2001:db8::/32      | 2001:db8::       | 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff  | 2001:db7:ffff:ffff:ffff:ffff:ffff:ffff | 2001:db9::
            2002::/16          | 2002::           | 2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 2001:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 2003::
            3fff::/20          | 3fff::           | 3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff  | 3ffe:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 3fff:1000::
            5f00::/16          | 5f00::           | 5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 5eff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | 5f01::
            fc00::/7           | fc00::           | fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | fbff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -
            fe80::/10          | fe80::           | febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -              | -
            fec0::/10          | fec0::           | feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -              | -
            ff00::/8           | ff00::           | ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff | -              | -
            """)
    void eachSpecialPurposeRangeIsRefusedAndItsNeighboursAreNot(String range, String first, String last,
            String before, String after) throws UnknownHostException {
        assertFalse(FeedAddresses.isPublic(address(first)), range + ": " + first);
        assertFalse(FeedAddresses.isPublic(address(last)), range + ": " + last);
        for (String neighbour : new String[]{before, after}) {
            if (!"-".equals(neighbour)) {
                assertTrue(FeedAddresses.isPublic(address(neighbour)), range + ": " + neighbour);
            }
        }
    }

    /**
     * The address as its 16 or 4 bytes say, kept as IPv6 when written as IPv6: InetAddress.getByName would turn
     * ::ffff:a.b.c.d into an IPv4 address, hiding the case where an IPv6 address carries the IPv4 one.
     */
    private static InetAddress address(String literal) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(literal);
        if (!literal.contains(":")) {
            return parsed;
        }
        byte[] bytes = new byte[16];
        byte[] raw = parsed.getAddress();
        if (raw.length == 4) {
            bytes[10] = (byte) 0xff;
            bytes[11] = (byte) 0xff;
            System.arraycopy(raw, 0, bytes, 12, 4);
        } else {
            bytes = raw;
        }
        return Inet6Address.getByAddress(null, bytes, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081/oruk", "http://127.0.0.1:9/feed", "https://[::1]/api",
            "http://169.254.169.254/latest/meta-data", "http://10.0.0.5/api"})
    void aFeedOnThisMachineOrAPrivateNetworkIsRefused(String url) {
        assertTrue(FeedAddresses.refusal(URI.create(url)).orElseThrow().contains("private network"), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://81.2.69.142/api", "https://[2a00:1450:4009:81f::200e]/api",
            "https://no-such-host.invalid/api"})
    void publicAddressesAndHostsThatDoNotResolveAreLeftToThePull(String url) {
        assertEquals(java.util.Optional.empty(), FeedAddresses.refusal(URI.create(url)), url);
    }
}
