package org.socialprescribing.directory.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
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
