package org.socialprescribing.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The directory's refusals of a feed's fields read in the form's words. */
class FeedPageResourceTest {

    @Test
    void aRefusalThatNamesTheApiFieldNamesTheFormsLabelInstead() {
        assertEquals("Address must be a public internet address: 10.0.0.5 is on this machine or a private network.",
                FeedPageResource.fieldMessage("base_url",
                        "base_url must be a public internet address: 10.0.0.5 is on this machine or a private network."));
    }

    @Test
    void anyOtherRefusalIsShownAfterTheLabel() {
        assertEquals("Name: size must be between 0 and 200", FeedPageResource.fieldMessage("name",
                "size must be between 0 and 200"));
    }
}
