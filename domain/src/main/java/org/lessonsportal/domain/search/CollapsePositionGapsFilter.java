package org.lessonsportal.domain.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the holes the stop filter leaves, so "accident and emergency" is the two-word phrase "accident emergency"
 * both in the index and in synonym rules (which may not contain holes).
 */
final class CollapsePositionGapsFilter extends TokenFilter {

    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    CollapsePositionGapsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (positionIncrement.getPositionIncrement() > 1) {
            positionIncrement.setPositionIncrement(1);
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        positionIncrement.setPositionIncrement(0);
    }
}
