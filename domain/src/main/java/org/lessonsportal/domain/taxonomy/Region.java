package org.lessonsportal.domain.taxonomy;

import lombok.RequiredArgsConstructor;

/** An NHS England region. */
@RequiredArgsConstructor
public enum Region implements Labelled {
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West"),
    MIDLANDS("Midlands"),
    EAST_OF_ENGLAND("East of England"),
    NORTH_WEST("North West"),
    NORTH_EAST_AND_YORKSHIRE("North East and Yorkshire");

    private final String label;

    @Override
    public String label() {
        return label;
    }
}
