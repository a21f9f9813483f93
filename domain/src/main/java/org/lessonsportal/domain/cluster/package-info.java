/**
 * Several portal nodes on one PostgreSQL database: small signals between them ("member 42 has a new notification",
 * "the search vocabulary changed") over PostgreSQL's LISTEN/NOTIFY, carrying ids only. On the embedded H2 database
 * there is one node and nothing is sent.
 */
package org.lessonsportal.domain.cluster;
