package org.myomap.lookup.text;

import static org.myomap.lookup.text.LayPhrases.phrase;

import java.util.List;

/**
 * The Spanish counterpart of {@link LayPhrases}: phrases the Spanish catalogue's region and activity names do not
 * cover, phrases that mean several things at once ("pantorrilla hinchada" is the calf and its swelling), onset
 * words, and phrases that look like a finding but are not one ("me quedé dormido" is sleep, not numbness;
 * "se me escapa al toser" is stress incontinence, not a cauda equina sign).
 */
public final class SpanishLayPhrases {

    public static final List<TextReader.Phrase> PHRASES = List.of(
            phrase("espalda", "region:lower-back"),
            phrase("me duele la espalda", "region:lower-back"),
            phrase("dolor de espalda en la noche", "region:lower-back", "symptom:night-pain"),
            phrase("dolor de espalda por la noche", "region:lower-back", "symptom:night-pain"),
            phrase("ciática", "region:back-of-thigh"),
            phrase("parte de atrás de la pierna", "region:back-of-thigh", "region:calf"),
            phrase("atrás de la pierna", "region:back-of-thigh", "region:calf"),
            phrase("mandíbula al masticar", "symptom:jaw-pain-on-chewing", "region:jaw"),
            phrase("mandíbula cuando mastico", "symptom:jaw-pain-on-chewing", "region:jaw"),
            phrase("me duele la mandíbula al masticar", "symptom:jaw-pain-on-chewing", "region:jaw"),
            phrase("me duele la mandíbula cuando mastico", "symptom:jaw-pain-on-chewing", "region:jaw"),
            phrase("dolor de mandíbula al masticar", "symptom:jaw-pain-on-chewing", "region:jaw"),
            phrase("pantorrilla hinchada", "symptom:calf-swelling", "region:calf"),
            phrase("pantorrilla inflamada", "symptom:calf-swelling", "region:calf"),
            phrase("hinchazón en la pantorrilla", "symptom:calf-swelling", "region:calf"),
            phrase("pantorrilla roja e hinchada", "symptom:calf-swelling", "region:calf"),
            phrase("chamorro hinchado", "symptom:calf-swelling", "region:calf"),
            phrase("pierna enyesada", "history:cast-or-splint", "region:lower-leg"),
            phrase("yeso en la pierna", "history:cast-or-splint", "region:lower-leg"),
            phrase("brazo enyesado", "history:cast-or-splint", "region:forearm"),
            phrase("yeso en el brazo", "history:cast-or-splint", "region:forearm"),
            phrase("dolor de cabeza en la sien", "symptom:headache", "region:temple"),
            phrase("dolor de cabeza en las sienes", "symptom:headache", "region:temple"),
            phrase("dolor en el pecho al caminar", "symptom:chest-pain-on-exertion", "region:chest"),
            phrase("dolor de pecho al caminar", "symptom:chest-pain-on-exertion", "region:chest"),
            phrase("dolor en el pecho al subir escaleras", "symptom:chest-pain-on-exertion", "region:chest"),
            phrase("opresión en el pecho", "symptom:chest-pain-on-exertion", "region:chest"),
            phrase("dolor en el pecho", "region:chest"),
            phrase("dolor de pecho", "region:chest"),
            phrase("me duele el pecho", "region:chest"),
            phrase("problemas de vejiga o intestino", "symptom:bladder-change", "symptom:bowel-change"),
            phrase("control de esfínteres", "symptom:bladder-change", "symptom:bowel-change"),
            phrase("no controlo los esfínteres", "symptom:bladder-change", "symptom:bowel-change"),
            phrase("me golpeé la cabeza al caer", "history:head-injury", "history:minor-trauma"),
            phrase("me caí y me golpeé la cabeza", "history:head-injury", "history:minor-trauma"),
            phrase("me caí y me pegué en la cabeza", "history:head-injury", "history:minor-trauma"),
            phrase("nuevo", "onset:recent"),
            phrase("nueva", "onset:recent"),
            phrase("reciente", "onset:recent"),
            phrase("hace poco", "onset:recent"),
            phrase("desde ayer", "onset:recent"),
            phrase("empezó ayer", "onset:recent"),
            phrase("desde hace unos días", "onset:recent"),
            phrase("hace unos días", "onset:recent"),
            phrase("desde la semana pasada", "onset:recent"),
            phrase("desde hace una semana", "onset:recent"),
            phrase("desde hace dos semanas", "onset:recent"),
            phrase("de repente", "onset:recent"),
            phrase("desde hace años", "onset:chronic"),
            phrase("desde hace muchos años", "onset:chronic"),
            phrase("desde hace meses", "onset:chronic"),
            phrase("crónico", "onset:chronic"),
            phrase("crónica", "onset:chronic"),
            phrase("de nuevo", "ignore:again"),
            phrase("me quedé dormido", "ignore:fall-asleep"),
            phrase("me quedé dormida", "ignore:fall-asleep"),
            phrase("quedarme dormido", "ignore:fall-asleep"),
            phrase("quedarme dormida", "ignore:fall-asleep"),
            phrase("crema de esteroides", "ignore:steroid-cream"),
            phrase("pomada de esteroides", "ignore:steroid-cream"),
            phrase("inhalador de esteroides", "ignore:steroid-inhaler"),
            phrase("trasplante de cabello", "ignore:hair-transplant"),
            phrase("trasplante de pelo", "ignore:hair-transplant"),
            phrase("incontinencia de esfuerzo", "ignore:stress-incontinence"),
            phrase("se me escapa al toser", "ignore:stress-incontinence"),
            phrase("se me escapa cuando toso", "ignore:stress-incontinence"),
            phrase("se me escapa al estornudar", "ignore:stress-incontinence"),
            phrase("se me escapa al reír", "ignore:stress-incontinence"),
            phrase("se me escapa la orina al toser", "ignore:stress-incontinence"),
            phrase("se me escapa la orina cuando toso", "ignore:stress-incontinence"),
            phrase("se me escapa la orina al estornudar", "ignore:stress-incontinence"),
            phrase("incontinencia desde hace años", "ignore:long-standing-incontinence"),
            phrase("para bajar de peso", "ignore:intended-weight-loss"),
            phrase("a dieta", "ignore:intended-weight-loss"),
            phrase("silla de montar", "region:perineum"),
            phrase("es de familia", ConTextScope.RUNS_IN_THE_FAMILY.token()),
            phrase("viene de familia", ConTextScope.RUNS_IN_THE_FAMILY.token()),
            phrase("en la familia", ConTextScope.RUNS_IN_THE_FAMILY.token()),
            phrase("en mi familia", ConTextScope.RUNS_IN_THE_FAMILY.token()),
            phrase("antecedentes familiares", ConTextScope.RUNS_IN_THE_FAMILY.token()));

    private SpanishLayPhrases() {
    }
}
