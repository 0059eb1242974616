package org.newsline.actor;

/**
 * What sort of actor takes part in events: a person, an organization, a government or
 * country, or a looser group (a gang, a movement, "protesters").
 */
public enum ActorKind {

	PERSON, ORGANIZATION, COUNTRY, GROUP

}
