package org.socialprescribing.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The merge rule of the local layer, as docs/security.md states it. */
class RealmLayersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void objectsAreMergedKeyByKeyAndOtherValuesReplaced() throws Exception {
        ObjectNode merged = RealmLayers.merge(
                json("{'sslRequired':'all','smtpServer':{'host':'mail','port':'587'},'keep':1}"),
                json("{'sslRequired':'external','smtpServer':{'port':'25'},'added':true}"));
        assertEquals(json("{'sslRequired':'external','smtpServer':{'host':'mail','port':'25'},'keep':1,"
                + "'added':true}"), merged);
    }

    @Test
    void nullRemovesTheKey() throws Exception {
        assertEquals(json("{'realm':'r'}"),
                RealmLayers.merge(json("{'realm':'r','smtpServer':{'host':'mail'}}"), json("{'smtpServer':null}")));
    }

    @Test
    void clientsAndUsersAreMergedByTheirIdAndNewOnesAppended() throws Exception {
        ObjectNode merged = RealmLayers.merge(
                json("{'clients':[{'clientId':'web-portal','secret':'${S}','redirectUris':['https://p/signed-in'],"
                        + "'attributes':{'pkce':'S256','logout':'https://p/'}},{'clientId':'partner'}],"
                        + "'users':[{'username':'service-account-partner'}]}"),
                json("{'clients':[{'clientId':'web-portal','secret':'local','redirectUris':['http://localhost:*'],"
                        + "'attributes':{'logout':'+'}},{'clientId':'suite-cli'}],"
                        + "'users':[{'username':'resident1'}]}"));
        assertEquals(json("{'clients':[{'clientId':'web-portal','secret':'local','redirectUris':['http://localhost:*'],"
                + "'attributes':{'pkce':'S256','logout':'+'}},{'clientId':'partner'},{'clientId':'suite-cli'}],"
                + "'users':[{'username':'service-account-partner'},{'username':'resident1'}]}"), merged);
    }

    @Test
    void realmRolesAreMergedByName() throws Exception {
        ObjectNode merged = RealmLayers.merge(
                json("{'roles':{'realm':[{'name':'resident','description':'a'},{'name':'coordinator'}]}}"),
                json("{'roles':{'realm':[{'name':'resident','description':'b'},{'name':'tester'}]}}"));
        assertEquals(json("{'roles':{'realm':[{'name':'resident','description':'b'},{'name':'coordinator'},"
                + "{'name':'tester'}]}}"), merged);
    }

    @Test
    void otherArraysAreReplacedWhole() throws Exception {
        assertEquals(json("{'webOrigins':['+']}"),
                RealmLayers.merge(json("{'webOrigins':['https://p','https://q']}"), json("{'webOrigins':['+']}")));
    }

    @Test
    void aLayerElementWithoutItsKeyIsAnError() throws Exception {
        assertThrows(IllegalArgumentException.class,
                () -> RealmLayers.merge(json("{'users':[]}"), json("{'users':[{'email':'x@example.org'}]}")));
    }

    private static ObjectNode json(String singleQuoted) throws Exception {
        return (ObjectNode) JSON.readTree(singleQuoted.replace('\'', '"'));
    }
}
