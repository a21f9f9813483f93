package org.lessonsportal.domain.cluster;

/**
 * Signals from other nodes may have been missed (this node's listening connection was down, or it has just started),
 * published as an application event: whoever keeps something in memory that another node may change compares it with
 * the database now. Also published every {@code lessons.cluster.check-interval}, as a fallback.
 */
public record ClusterCatchUp() {
}
