package org.socialprescribing.directory.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** The ownership rule of listings, from the token's organisation_ids claim. */
class EditorTest {

    private static final UUID OWN = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID OTHER = UUID.fromString("22222222-2222-4222-8222-222222222222");

    @Test
    void anEditorMayEditOnlyTheOrganisationsInTheClaim() {
        Editor editor = Editor.of(false, Json.createArrayBuilder().add(OWN.toString()).build());
        assertTrue(editor.mayEdit(OWN));
        assertFalse(editor.mayEdit(OTHER));
    }

    @Test
    void aCoordinatorMayEditAny() {
        assertTrue(Editor.of(true, null).mayEdit(OTHER));
    }

    @Test
    void aMissingOrMalformedClaimGrantsNothing() {
        assertEquals(Set.of(), Editor.of(false, null).organisationIds());
        assertEquals(Set.of(), Editor.of(false, "11111111-1111-4111-8111-111111111111").organisationIds());
        assertEquals(Set.of(OWN), Editor.of(false, List.of("not-an-id", OWN.toString(), "")).organisationIds());
    }

    @Test
    void anEditorPlacesListingsOnlyAtTheirOwnOrganisationsLocations() {
        Editor editor = new Editor(false, Set.of(OWN));
        assertTrue(editor.mayPlaceAt(OWN));
        assertFalse(editor.mayPlaceAt(OTHER));
        assertFalse(editor.mayPlaceAt(null), "a location no organisation owns is the coordinator's to share");
        Editor coordinator = new Editor(true, Set.of());
        assertTrue(coordinator.mayPlaceAt(OTHER));
        assertTrue(coordinator.mayPlaceAt(null));
    }
}
