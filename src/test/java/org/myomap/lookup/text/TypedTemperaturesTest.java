package org.myomap.lookup.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed as temperatures, read in Celsius; and the numbers that are not temperatures. */
class TypedTemperaturesTest {

    private static List<Double> celsius(String text) {
        return TypedTemperatures.in(text.toLowerCase(java.util.Locale.ROOT)).stream().map(TypedTemperatures.Temperature::celsius).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is {1} °C")
    @CsvSource(delimiter = '|', value = {
        "my forehead hurts and my temperature is 39.4|39.4",
        "I'm on chemo, temp 38.5, my shoulder aches|38.5",
        "temperature 101 F|38.3",
        "fever of 101F and a headache|38.3",
        "it was 39°C last night|39.0",
        "39 degrees and shivering|39.0",
        "temp was 100.4|38.0",
        "tengo 38,5 de temperatura|38.5",
        "fiebre de 39 grados|39.0",
        "tengo 39 de fiebre|39.0",
        "my temperature is 37.2|37.2",
        "I can't keep water down and my temperature is 39.5|39.5",
        "tengo calor y 39 de fiebre|39.0",
    })
    void aNumberWithATemperatureWordOrADegreeUnitIsATemperature(String text, double expected) {
        assertThat(celsius(text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "\"{0}\" has no temperature")
    @ValueSource(strings = {
        "I'm 38 and my neck is sore",
        "I am 39 with a fever",
        "aged 40, temperature normal",
        "tengo 39 años y fiebre",
        "I work as a temp 40 hours a week",
        "my temperature was fine, I'm 41",
        "fever for 3 days",
        "temperature 60",
        "lost 40 pounds, no fever",
        "it was 39 degrees outside and my neck aches",
        "hacía 40 grados afuera",
    })
    void agesCountsAndOtherUnitsAreNotTemperatures(String text) {
        assertThat(celsius(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} °C is a fever: {1}")
    @CsvSource({"38.0,true", "37.9,false", "40.1,true"})
    void thirtyEightOrMoreIsAFever(double value, boolean fever) {
        assertThat(new TypedTemperatures.Temperature(0, 1, value).isFever()).isEqualTo(fever);
    }
}
