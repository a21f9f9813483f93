package org.lessonsportal.domain.cluster;

/**
 * Another node said that something changed, published as an application event on this node. It arrives only after
 * the other node's transaction committed, so what it is about can be read at once.
 *
 * @param topic what changed, as the sender named it ({@code notification}, {@code vocabulary})
 * @param id    the id of what changed (a member, a vocabulary version); never personal data
 */
public record ClusterSignal(String topic, long id) {
}
