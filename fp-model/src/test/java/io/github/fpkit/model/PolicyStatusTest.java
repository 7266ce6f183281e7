package io.github.fpkit.model;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

class PolicyStatusTest implements CodedEnumContract<PolicyStatus> {
    @Override
    public Class<PolicyStatus> type() {
        return PolicyStatus.class;
    }

    @Override
    public PolicyStatus parse(CharSequence text) {
        return PolicyStatus.parse(text);
    }

    @Override
    public List<String> labels(PolicyStatus constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "policy";
    }

    @Override
    public Map<String, PolicyStatus> formatSpellings() {
        return Map.ofEntries(
                entry("in", PolicyStatus.IN), entry("政策内", PolicyStatus.IN), entry("符合政策", PolicyStatus.IN),
                entry("out", PolicyStatus.OUT), entry("政策外", PolicyStatus.OUT), entry("不符合政策", PolicyStatus.OUT),
                entry("unknown", PolicyStatus.UNKNOWN));
    }
}
