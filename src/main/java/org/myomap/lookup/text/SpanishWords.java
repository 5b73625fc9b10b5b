package org.myomap.lookup.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Spanish word lists of the reading rules, the counterparts of the English ones in {@link NegationScope},
 * {@link ConTextScope} and {@link TextReader}, written as people write them (accents or not: the chain folds
 * them) and stemmed by the Spanish chain when a reader is built.
 *
 * <p>Negation in Spanish is NegEx's as adapted to Spanish clinical text (Costumero R, et al. An approach to
 * detect negation on medical documents in Spanish. BIH 2014; Cotik V, et al. Negation detection in clinical
 * reports written in Spanish. BioTxtM 2016): a cue before the finding ("no", "sin", "nunca", "jamás", "ni",
 * "tampoco", "ningún/ninguna", "niega", "negó"), "descartado" after it; "pero", "sino", "aunque" close the
 * scope. Spanish puts clitics between the cue and its verb ("no se me quita", "no me duele"): they are skipped
 * when deciding whether the cue is a pseudo-negation ("no se me quita" = it does not go away, "no estoy
 * seguro", "no mejora").
 */
final class SpanishWords {

    static final String CUES = "no sin nunca jamás jamas ni tampoco ningún ningun ninguna ninguno niega niego negó "
            + "negaba niegan descartaron descartó descarto";
    static final String PSEUDO_FOLLOWERS = "sé seguro segura mejora mejoró cambia cambió quita quitaba pasa para "
            + "alivia ayuda ayudan importa solo sólo cede calma disminuye baja si querer quise darme darse";
    static final String TERMINATORS = "pero sino aunque excepto salvo embargo todavía todavia aún aun mientras";
    static final String POST_CUES = "descartado descartada descartados descartadas ausente ausentes";
    static final String ANDS = "y e";
    static final String ORS = "o u ni";
    static final String CLITICS = "me se te le les lo la nos";

    static final ConTextScope.WordLists CONTEXT = new ConTextScope.WordLists(
            // not "mujer": it is "wife" but also "woman" ("soy mujer de 60 años con cáncer")
            "madre padre mami papi mamita papito padres hermano hermana hermanos hijo hija hijos esposo esposa marido "
                    + "pareja novio novia amigo amiga abuelo abuela abuelita abuelito tío tía tio tia primo prima "
                    + "suegro suegra familia familiar familiares cuñado cuñada sobrino sobrina nieto nieta yerno nuera "
                    + "padrastro madrastra bisabuelo bisabuela compañero compañera",
            // not "tuve": it stems like "tuvo" ("mi madre tuvo cáncer")
            "yo me tengo estoy soy fui he nosotros", "años anos año décadas decadas", "", "hace",
            "niño niña nino nina chico chica chiquito chiquita muchacho muchacha bebé bebe joven adolescente pequeño pequeña "
                    + "nacimiento",
            "de era",
            "hoy ayer mañana manana anoche ahora recién recien recientemente acabo pasada pasado", "año años día días "
                    + "semana semanas mes meses hora horas",
            "vieja viejo antigua antiguo", "vieja viejo antigua antiguo", ANDS, TERMINATORS, "meses", "pasado");

    /** Words that need no follow-up question when left over: pain words, grammar, time, sides, greetings. */
    static final String FILLER = "dolor dolores duele duelen dolía dolia dolió dolio doler molestia molestias molesta "
            + "molestan me mi te se le lo la tengo tiene tenía tenia tuve tuvo siento sentí siente cuando en de con "
            + "por para desde hace hasta y e o u pero muy mucho mucha poco poca un al del lado lados hoy ayer día días "
            + "semana semanas mes meses año años hora horas ahora también tambien no sin nunca ni tampoco niega que "
            + "es era eran estoy está esta estaba a como más mas menos siempre veces vez noche mañana manana tarde "
            + "todo toda todos parte zona área area hola doctor doctora gracias favor ayuda fuerte leve agudo aguda "
            + "punzante sordo profundo constante izquierda izquierdo derecha derecho ambos ambas dos sobre entre "
            + "empezó empezo comenzó comenzo empieza desde hace rato así asi cuando donde qué que cual algo bien mal "
            + "peor mejor ya aún aun otra otro vuelve volvió pasado pasada última ultima viejo vieja edad he ha han "
            + "sido estado estar ser hacer hago yo usted él ella ningún ningun ninguna ninguno jamás jamas muchísimo muchisimo "
            + "dio";

    private SpanishWords() {
    }

    /** The lists, stemmed by {@code stems} (the Spanish chain). */
    static TextReader.Words words(Function<String, Set<String>> stems) {
        Map<String, String> sides = new HashMap<>();
        stems.apply("izquierda izquierdo izquierdas izquierdos").forEach(s -> sides.put(s, "left"));
        stems.apply("derecha derecho derechas derechos").forEach(s -> sides.put(s, "right"));
        stems.apply("ambos ambas").forEach(s -> sides.put(s, "both"));
        NegationScope.Words negation = new NegationScope.Words(stems.apply(CUES), Set.of(), Set.of(),
                stems.apply(PSEUDO_FOLLOWERS), stems.apply(TERMINATORS), stems.apply(POST_CUES), Map.of(),
                stems.apply(ANDS), stems.apply(ORS), stems.apply(CLITICS));
        Set<String> filler = new HashSet<>(stems.apply(FILLER));
        return new TextReader.Words(negation, ConTextScope.Words.of(CONTEXT, stems), Set.copyOf(filler), Map.copyOf(sides),
                stems.apply("año años"), stems.apply("edad"), Set.of(), Set.of());
    }
}
