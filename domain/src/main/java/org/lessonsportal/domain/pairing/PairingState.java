package org.lessonsportal.domain.pairing;

import lombok.RequiredArgsConstructor;

/** Where a request to pair stands. */
@RequiredArgsConstructor
public enum PairingState {
    /** Asked; waiting for the offering organisation's answer until the reply deadline. */
    WAITING("Waiting for an answer"),
    /** Accepted: the two organisations are paired. */
    ACCEPTED("Paired"),
    /** The offering organisation declined. */
    DECLINED("Declined"),
    /** Nobody answered by the reply deadline. */
    LAPSED("No answer in time"),
    /** The asker (or an administrator) withdrew it before it was answered. */
    WITHDRAWN("Withdrawn"),
    /** Accepted, then ended by one side. */
    ENDED("Ended");

    private final String label;

    /** "Waiting for an answer" */
    public String label() {
        return label;
    }
}
