package org.socialprescribing.portal;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A real signed-in session of the portal under test, without a browser: the authorization code flow through the test
 * Keycloak's own login form (a demo user, password {@code demo}), as a browser would go through it. The portal then
 * calls its stand-in APIs with that user's real access token. Sessions are kept per user for the test JVM.
 *
 * <pre>
 * PortalSession.as("editor1").given().when().get("/my/listings").then().statusCode(200);
 * PortalSession.as("editor1").form().formParam("name", "Walk").when().post("/my/listings/s1/edit");
 * </pre>
 */
public final class PortalSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ACTION_FIRST = Pattern
            .compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final Map<String, PortalSession> SESSIONS = new ConcurrentHashMap<>();

    private final String username;
    private final Map<String, String> cookies;
    private final String csrfToken;

    private PortalSession(String username, Map<String, String> cookies, String csrfToken) {
        this.username = username;
        this.cookies = cookies;
        this.csrfToken = csrfToken;
    }

    /** The demo user's session, signing in on first use. */
    public static PortalSession as(String username) {
        return SESSIONS.computeIfAbsent(username, PortalSession::signIn);
    }

    /** Forgets every session, e.g. after the portal under test restarted. */
    public static void forgetAll() {
        SESSIONS.clear();
    }

    public String username() {
        return username;
    }

    /** A request with this session's cookies (and the CSRF cookie), redirects not followed. */
    public RequestSpecification given() {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    /** A form post of this session, with its CSRF token. */
    public RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrfToken);
    }

    private static PortalSession signIn(String username) {
        Map<String, String> portal = new HashMap<>();
        Response start = RestAssured.given().redirects().follow(false).when().get("/sign-in");
        portal.putAll(start.cookies());
        String authorize = location(start, 302, "the portal sends the browser to Keycloak");

        // The addresses come encoded already: sent as they are, not encoded twice
        Response loginPage = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).when()
                .get(authorize);
        Map<String, String> keycloak = new HashMap<>(loginPage.cookies());
        String action = formAction(loginPage.asString());

        Response loggedIn = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).cookies(keycloak)
                .contentType("application/x-www-form-urlencoded").formParam("username", username)
                .formParam("password", "demo").formParam("credentialId", "").when().post(action);
        String back = location(loggedIn, 302, "Keycloak sends the browser back to the portal with a code");

        Response signedIn = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).cookies(portal)
                .when().get(back);
        if (signedIn.statusCode() >= 400) {
            throw new IllegalStateException("The portal refused the code: " + signedIn.statusCode());
        }
        signedIn.cookies().forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                portal.remove(name);
            } else {
                portal.put(name, value);
            }
        });
        String csrf = given(portal).when().get("/").cookie("csrf-token");
        portal.put("csrf-token", csrf);
        return new PortalSession(username, Map.copyOf(portal), csrf);
    }

    private static RequestSpecification given(Map<String, String> cookies) {
        return RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    private static String location(Response response, int status, String what) {
        if (response.statusCode() != status || response.header("Location") == null) {
            throw new IllegalStateException("Expected " + what + " (" + status + "), got " + response.statusCode());
        }
        return response.header("Location");
    }

    private static String formAction(String html) {
        Matcher m = LOGIN_FORM.matcher(html);
        if (!m.find()) {
            m = ACTION_FIRST.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("No login form on Keycloak's page: " + html);
            }
        }
        return m.group(1).replace("&amp;", "&");
    }
}
