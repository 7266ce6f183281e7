package io.github.fpkit.model;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;

class ResidenceTest implements CodedEnumContract<Residence> {
    @Override
    public Class<Residence> type() {
        return Residence.class;
    }

    @Override
    public Residence parse(CharSequence text) {
        return Residence.parse(text);
    }

    @Override
    public List<String> labels(Residence constant) {
        return constant.labels();
    }

    @Override
    public String field() {
        return "residence";
    }

    @Override
    public Map<String, Residence> formatSpellings() {
        return Map.ofEntries(
                entry("resident", Residence.RESIDENT), entry("常住", Residence.RESIDENT),
                entry("inflow", Residence.INFLOW), entry("流入", Residence.INFLOW),
                entry("outflow_in_province", Residence.OUTFLOW_IN_PROVINCE), entry("省内流出", Residence.OUTFLOW_IN_PROVINCE),
                entry("outflow_out_of_province", Residence.OUTFLOW_OUT_OF_PROVINCE),
                entry("省外流出", Residence.OUTFLOW_OUT_OF_PROVINCE));
    }
}
