package org.newsline.timeline.model;

import org.newsline.actor.ActorKind;

/**
 * An actor as named on an event, with its role there.
 */
public record ActorRef(long id, String slug, String name, ActorKind kind, String role) {

}
