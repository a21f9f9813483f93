package org.lessonsportal.domain.taxonomy;

/** An NHS England region. */
public enum Region implements Labelled {
    LONDON("London"),
    SOUTH_EAST("South East"),
    SOUTH_WEST("South West"),
    MIDLANDS("Midlands"),
    EAST_OF_ENGLAND("East of England"),
    NORTH_WEST("North West"),
    NORTH_EAST_AND_YORKSHIRE("North East and Yorkshire");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
