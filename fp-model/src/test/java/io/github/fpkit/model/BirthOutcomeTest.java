package io.github.fpkit.model;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

class BirthOutcomeTest implements CodedEnumContract<BirthOutcome> {
    @Override
    public Class<BirthOutcome> type() {
        return BirthOutcome.class;
    }

    @Override
    public BirthOutcome parse(CharSequence text) {
        return BirthOutcome.parse(text);
    }

    @Override
    public List<String> labels(BirthOutcome constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "outcome";
    }

    @Override
    public Map<String, BirthOutcome> formatSpellings() {
        return Map.ofEntries(
                entry("live", BirthOutcome.LIVE), entry("活产", BirthOutcome.LIVE),
                entry("stillbirth", BirthOutcome.STILLBIRTH), entry("死产", BirthOutcome.STILLBIRTH));
    }
}
