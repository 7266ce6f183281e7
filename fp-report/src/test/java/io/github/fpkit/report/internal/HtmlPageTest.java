/*
 * Copyright 2026 the fpkit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.fpkit.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.fpkit.model.Area;
import io.github.fpkit.model.AreaCode;
import io.github.fpkit.model.MaritalStatus;
import io.github.fpkit.model.Woman;
import io.github.fpkit.model.register.Register;
import io.github.fpkit.report.DataQuality;
import io.github.fpkit.report.ReportLanguage;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTML file: self-contained, its texts escaped, its data readable by the page's script. */
class HtmlPageTest {
    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"" + HtmlPage.DATA_ID
            + "\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void thePage_loadsNothing_everyScriptAndStyleIsInline() {
        String html = html(Registers.context(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP, ReportLanguage.ZH));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
        assertEquals(1, count(html, "echarts={}"), "ECharts inlined once");
        // The markup and the style sheet, without the scripts' code (which the browser tests watch at work).
        html = html.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");
        assertFalse(Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "an element loads a file");
        Matcher href = Pattern.compile("\\shref=\"([^\"]*)\"").matcher(html);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("#") || href.group(1).startsWith("data:"), href.group(1));
        }
        assertFalse(html.contains("@import") || html.contains("url("), "the style sheet loads a file");
        assertEquals(1, count(html, "<link "), "only the empty icon");
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"));
        assertFalse(Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:").matcher(html).find(), "a time stamp: the same register must give the same file");
    }

    @Test
    void theData_isJsonThePageCanRead_withEveryChart() {
        ReportPage page = ReportPage.of(Registers.context(Registers.township(), Registers.PERIOD, Registers.TOWNSHIP,
                ReportLanguage.EN), DataQuality.none());
        StringWriter out = new StringWriter();
        HtmlPage.write(page, out);
        Matcher m = DATA.matcher(out.toString());
        assertTrue(m.find());
        Map<?, ?> data = JsonMapper.builder().build().readValue(m.group(1), Map.class);
        assertEquals("en", data.get("lang"));
        assertEquals(page.chartsJson().keySet(), ((Map<?, ?>) data.get("charts")).keySet());
        assertEquals(8, ((Map<?, ?>) data.get("charts")).size());
        for (Figure f : page.figures()) {
            assertEquals(1, count(out.toString(), "data-chart=\"" + f.id() + "\""), f.id());
        }
    }

    @Test
    void namesFromTheData_areEscaped_inTheHtmlAndInItsJson() {
        AreaCode village = AreaCode.of("990101001001");
        String name = "</script><b onclick='x'>\"&村";
        Register register = Register.builder().add(Area.of(village, name)).add(Woman.builder().id("W1").areaCode(village)
                .birthDate(LocalDate.of(1980, 1, 1)).maritalStatus(MaritalStatus.MARRIED).build()).build();
        String html = html(Registers.context(register, Registers.PERIOD, village, ReportLanguage.EN));
        assertFalse(html.contains(name), "a name written raw");
        assertTrue(html.contains("&lt;/script&gt;&lt;b onclick=&#39;x&#39;&gt;&quot;&amp;村"), "the name escaped");
        Matcher m = DATA.matcher(html);
        assertTrue(m.find());
        assertFalse(m.group(1).contains("<"), "the data's script could be ended early");
        assertTrue(m.group(1).contains("\\u003c/script>\\u003cb onclick='x'>\\\"&村"), m.group(1));
    }

    private static String html(ReportContext c) {
        StringWriter out = new StringWriter();
        HtmlPage.write(ReportPage.of(c, DataQuality.none()), out);
        return out.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
