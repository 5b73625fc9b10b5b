package org.myomap.lookup.text;

import java.util.List;

/**
 * Lay phrases for the catalogue's regions and activities that its own synonyms do not cover, and phrases
 * that mean several things at once. Each was added for a way people describe pain that the catalogue's names
 * miss; kind "onset" reads how long it has hurt ("new", "for years"); kind "ignore" marks phrases that look like
 * a finding but are not one ("saddle sore", "fall asleep").
 */
public final class LayPhrases {

    public static final List<TextReader.Phrase> PHRASES = List.of(
            phrase("back of the leg", "region:back-of-thigh", "region:calf"),
            phrase("down the back of my leg", "region:back-of-thigh", "region:calf"),
            phrase("stitch", "region:side-of-chest"),
            phrase("stitch in my side", "region:side-of-chest"),
            phrase("side of my waist", "region:flank"),
            phrase("bum", "region:buttock"),
            phrase("deep in the buttock", "region:mid-buttock"),
            phrase("deep buttock", "region:mid-buttock"),
            phrase("middle of my back", "region:thoracic-paraspinal"),
            phrase("small of my back", "region:lower-back"),
            phrase("low back pain", "region:lower-back"),
            phrase("back pain", "region:lower-back"),
            phrase("back", "region:lower-back"),
            phrase("back ache", "region:lower-back"),
            phrase("back of my calf", "region:calf"),
            phrase("came back", "ignore:came-back"),
            phrase("comes back", "ignore:came-back"),
            phrase("coming back", "ignore:came-back"),
            phrase("went back", "ignore:came-back"),
            phrase("back to work", "ignore:back-to-work"),
            phrase("back home", "ignore:back-home"),
            phrase("lie down", "activity:lying-down"),
            phrase("lie flat", "activity:lying-down"),
            phrase("lie on it", "activity:lying-on-the-painful-side"),
            phrase("lying on it", "activity:lying-on-the-painful-side"),
            phrase("lie on that side", "activity:lying-on-the-painful-side"),
            phrase("sciatica", "region:back-of-thigh"),
            phrase("inner knee", "region:inner-knee"),
            phrase("outer knee", "region:outer-knee"),
            phrase("side of my hip", "region:greater-trochanter"),
            phrase("shoulder blades", "region:shoulder-blade"),
            phrase("top of my shoulders", "region:top-of-shoulder"),
            phrase("hot swollen knee", "symptom:hot-swollen-joint", "region:knee"),
            phrase("knee is hot and swollen", "symptom:hot-swollen-joint", "region:knee"),
            phrase("hot swollen ankle", "symptom:hot-swollen-joint", "region:ankle"),
            phrase("hot swollen wrist", "symptom:hot-swollen-joint", "region:wrist"),
            phrase("hot swollen elbow", "symptom:hot-swollen-joint", "region:elbow"),
            phrase("hot swollen hip", "symptom:hot-swollen-joint", "region:hip"),
            phrase("hot swollen shoulder", "symptom:hot-swollen-joint", "region:shoulder"),
            phrase("calf swollen", "symptom:calf-swelling", "region:calf"),
            phrase("swollen calf", "symptom:calf-swelling", "region:calf"),
            phrase("calf is swollen", "symptom:calf-swelling", "region:calf"),
            phrase("calf swollen and red", "symptom:calf-swelling", "region:calf"),
            phrase("tingling toes", "symptom:tingling", "region:lesser-toes"),
            phrase("tingling fingers", "symptom:tingling", "region:fingers"),
            phrase("numb toes", "symptom:numbness", "region:lesser-toes"),
            phrase("numb fingers", "symptom:numbness", "region:fingers"),
            phrase("leg in a cast", "history:cast-or-splint", "region:lower-leg"),
            phrase("arm in a cast", "history:cast-or-splint", "region:forearm"),
            phrase("crushed forearm", "history:crush-injury", "region:forearm"),
            phrase("crushed my forearm", "history:crush-injury", "region:forearm"),
            phrase("crushed leg", "history:crush-injury", "region:lower-leg"),
            phrase("crushed my leg", "history:crush-injury", "region:lower-leg"),
            phrase("crushed hand", "history:crush-injury", "region:hand"),
            phrase("temple headache", "symptom:headache", "region:temple"),
            phrase("headache at my temple", "symptom:headache", "region:temple"),
            phrase("headache in my temples", "symptom:headache", "region:temple"),
            phrase("bench press", "activity:pushing"),
            phrase("bench pressing", "activity:pushing"),
            phrase("push ups", "activity:pushing"),
            phrase("press ups", "activity:pushing"),
            phrase("long walks", "activity:walking"),
            phrase("at the desk", "activity:sitting"),
            phrase("sitting for long", "activity:sitting"),
            phrase("when I sit", "activity:sitting"),
            phrase("new", "onset:recent"),
            phrase("recent", "onset:recent"),
            phrase("recently", "onset:recent"),
            phrase("started yesterday", "onset:recent"),
            phrase("since yesterday", "onset:recent"),
            phrase("started last week", "onset:recent"),
            phrase("since last week", "onset:recent"),
            phrase("for a few days", "onset:recent"),
            phrase("started a few days ago", "onset:recent"),
            phrase("came on suddenly", "onset:recent"),
            phrase("for years", "onset:chronic"),
            phrase("for many years", "onset:chronic"),
            phrase("for months", "onset:chronic"),
            phrase("on and off for years", "onset:chronic"),
            phrase("chronic", "onset:chronic"),
            phrase("long standing", "onset:chronic"),
            phrase("saddle sore", "ignore:saddle-sore"),
            phrase("fall asleep", "ignore:fall-asleep"),
            phrase("fell asleep", "ignore:fall-asleep"),
            phrase("falling asleep", "ignore:fall-asleep"),
            phrase("steroid injection", "ignore:steroid-injection"),
            phrase("steroid cream", "ignore:steroid-cream"),
            phrase("steroid inhaler", "ignore:steroid-inhaler"),
            phrase("tense shoulders", "region:top-of-shoulder"),
            phrase("tension headache", "region:temple", "region:forehead"));

    private LayPhrases() {
    }

    private static TextReader.Phrase phrase(String text, String... concepts) {
        return new TextReader.Phrase(text, java.util.Arrays.stream(concepts).map(Concept::ofToken).toList());
    }
}
