package org.myomap.lookup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temperatures typed as numbers ("my temperature is 39.4", "temp 38.5", "fever of 101F", "tengo 38,5 de
 * temperatura"), which no phrase can list. A number is a temperature when a degree unit follows it ("39°",
 * "39 degrees", "38,5 grados", "101F") or a temperature word is near it in its clause (up to three words before,
 * two after: "temperature of 39", "39 de fiebre"). Celsius from 34 to 43, Fahrenheit from 93 to 110 (converted),
 * a dot or a comma for decimals; 38.0 °C or more is a fever (NICE NG51 and CG151 both use 38 °C).
 *
 * <p>Ages are not temperatures: a number after "I'm", "I am", "aged" or "age", or before "years", "años", is
 * skipped, as is a number before another unit ("temp work, 40 hours a week"), and a clause about the weather or
 * an oven ("it was 39 degrees outside", "40 grados afuera") says nothing about the body.
 */
final class TypedTemperatures {

    static final double FEVER_CELSIUS = 38.0;

    /** A temperature in the text: where it is ({@code start}, {@code end} in the text) and its value in Celsius. */
    record Temperature(int start, int end, double celsius) {
        boolean isFever() {
            return celsius >= FEVER_CELSIUS;
        }
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[;!?\\n]|[.,](?!\\d)");
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,]\\d+)?|[°º]|[\\p{L}'\u2019]+");
    private static final Set<String> TEMPERATURE_WORDS = Set.of("temperature", "temperatures", "temp", "temps", "fever",
            "feverish", "temperatura", "fiebre", "calentura", "febril");
    private static final Set<String> DEGREES = Set.of("°", "º", "degree", "degrees", "deg", "grado", "grados", "celsius",
            "centigrade", "centígrados", "centigrados", "fahrenheit");
    private static final Set<String> AGE_BEFORE = Set.of("i'm", "i\u2019m", "im", "am", "aged", "age", "edad");
    private static final Set<String> NOT_A_TEMPERATURE_AFTER = Set.of("year", "years", "yr", "yrs", "yo", "año", "años",
            "anos", "hour", "hours", "hrs", "minutes", "mins", "days", "weeks", "months", "kg", "kilos", "lb", "lbs",
            "pounds", "miles", "km", "mg", "percent", "horas", "minutos", "días", "dias", "semanas", "meses");

    /**
     * Only words that cannot be about the person: not "sun", "water", "bath" or "calor" ("I can't keep water down
     * and my temperature is 39.5", "tengo calor y 39 de fiebre"), because a missed fever is worse than a hot day.
     */
    private static final Set<String> NOT_THE_BODY = Set.of("outside", "outdoors", "weather", "heatwave", "oven", "afuera",
            "clima", "horno");

    private TypedTemperatures() {
    }

    /** Every typed temperature in {@code text} (lower-cased), in order. */
    static List<Temperature> in(String text) {
        List<Temperature> found = new ArrayList<>();
        int clauseStart = 0;
        Matcher end = CLAUSE_END.matcher(text);
        while (clauseStart <= text.length()) {
            int clauseEnd = end.find() ? end.start() : text.length();
            inClause(text, clauseStart, clauseEnd, found);
            clauseStart = clauseEnd + 1;
        }
        return found;
    }

    private record Token(String text, int start, int end) {
    }

    private static void inClause(String text, int from, int to, List<Temperature> into) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        if (tokens.stream().anyMatch(t -> NOT_THE_BODY.contains(t.text()))) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token number = tokens.get(i);
            if (!Character.isDigit(number.text().charAt(0))) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
            boolean attached = i + 1 < tokens.size() && tokens.get(i + 1).start() == number.end();
            if ((i > 0 && AGE_BEFORE.contains(tokens.get(i - 1).text())) || NOT_A_TEMPERATURE_AFTER.contains(next)) {
                continue;
            }
            // "38.5c", "101F", "39 °C", "39 degrees F": the unit, and its scale when it names one
            int last = i;
            Character scale = null;
            boolean degrees = false;
            if (DEGREES.contains(next) || (attached && (next.equals("c") || next.equals("f")))) {
                degrees = true;
                last = i + 1;
                scale = scaleOf(next);
                String after = last + 1 < tokens.size() ? tokens.get(last + 1).text() : "";
                if (scale == null && (after.equals("c") || after.equals("f") || after.equals("celsius") || after.equals("fahrenheit"))) {
                    scale = scaleOf(after);
                    last++;
                }
            }
            if (!degrees && !nearATemperatureWord(tokens, i)) {
                continue;
            }
            Double celsius = celsius(Double.parseDouble(number.text().replace(',', '.')), scale);
            if (celsius != null) {
                into.add(new Temperature(number.start(), tokens.get(last).end(), celsius));
            }
        }
    }

    private static Character scaleOf(String unit) {
        return switch (unit) {
            case "c", "celsius", "centigrade", "centígrados", "centigrados" -> 'C';
            case "f", "fahrenheit" -> 'F';
            default -> null;
        };
    }

    private static boolean nearATemperatureWord(List<Token> tokens, int number) {
        for (int i = Math.max(0, number - 3); i <= Math.min(tokens.size() - 1, number + 2); i++) {
            if (TEMPERATURE_WORDS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** The value in Celsius, one decimal, or null when it is no body temperature on the scale given or guessed. */
    private static Double celsius(double value, Character scale) {
        boolean celsiusRange = value >= 34 && value <= 43;
        boolean fahrenheitRange = value >= 93 && value <= 110;
        if (celsiusRange && (scale == null || scale == 'C')) {
            return value;
        }
        if (fahrenheitRange && (scale == null || scale == 'F')) {
            return Math.round((value - 32) * 50 / 9) / 10.0;
        }
        return null;
    }
}
