package org.socialprescribing.referral.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose address a call counts against, for each way a proxy chain and a client's own claims can arrive. */
class ClientAddressTest {

    private static final ClientAddress ADDRESSES = new ClientAddress(List.of("127.0.0.1", "::1", "10.0.0.0/8"));

    @ParameterizedTest(name = "{0} with [{1}] counts as {2}")
    @CsvSource(delimiter = '|', value = {
            // No proxy: the connection, whatever the caller claims.
            "203.0.113.5 | 198.51.100.1 | 203.0.113.5",
            "203.0.113.5 | '' | 203.0.113.5",
            // The portal on loopback forwarding a resident.
            "127.0.0.1 | 198.51.100.7 | 198.51.100.7",
            "::1 | 198.51.100.7 | 198.51.100.7",
            // A browser's own claim left of what the ingress (10.x, trusted) appended: the ingress's word wins.
            "10.1.2.3 | '6.6.6.6, 198.51.100.7' | 198.51.100.7",
            "127.0.0.1 | '6.6.6.6, 198.51.100.7, 10.1.2.3' | 198.51.100.7",
            // Every hop trusted: the left-most.
            "127.0.0.1 | '10.0.0.9, 10.0.0.8' | 10.0.0.9",
            // A trusted proxy that forwarded nothing, or nothing that is an address.
            "127.0.0.1 | '' | 127.0.0.1",
            "127.0.0.1 | unknown | 127.0.0.1",
            "127.0.0.1 | '[2001:db8::1]' | 2001:db8::1",
            // A name is never looked up.
            "127.0.0.1 | example.org | 127.0.0.1"})
    void countsAgainstTheRightMostHopThatIsNotATrustedProxy(String peer, String forwarded, String client) {
        assertEquals(client, ADDRESSES.of(peer, forwarded.isEmpty() ? List.of() : List.of(forwarded)));
    }

    @ParameterizedTest
    @CsvSource({"not-an-address", "10.0.0.0/33", "example.org"})
    void aTrustedProxyThatIsNotAnAddressIsAConfigurationError(String proxy) {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of(proxy)));
    }
}
