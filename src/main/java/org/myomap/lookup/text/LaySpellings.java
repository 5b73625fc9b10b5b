package org.myomap.lookup.text;

/**
 * Misspellings people commonly type for the words the lookup knows, and contractions typed without their
 * apostrophe, as Solr synonym rules ({@code wrong, also wrong => right}). Only one word to one word: a rule
 * must not change how many words a phrase has, or phrases after it would no longer line up.
 * Add a rule when a real query shows a spelling that fails; keep each line to one meaning.
 */
final class LaySpellings {

    static final String RULES = """
            # contractions without the apostrophe (the apostrophe forms are mapped before tokenizing)
            cant => cannot
            dont, doesnt, didnt, isnt, wasnt, arent, havent, hasnt, hadnt, couldnt, wouldnt, wont => not
            # body
            sholder, shoulda, shouler, soulder, sholders => shoulder
            kne, knees => knee
            nek, neckk => neck
            buttox, butock, buttok, buttocks => buttock
            thight, thigth => thigh
            ankel, ancle => ankle
            wrsit, wirst => wrist
            elbo, elbw => elbow
            tailbon => tailbone
            hamstrng, hamstings => hamstring
            cheast, chets => chest
            stomache, stomch => stomach
            bladdar, bladdder => bladder
            bowl, bowells => bowel
            calfs => calves
            # symptoms
            numbess, numness, numbnes, numbeness => numbness
            tingeling, tinglying, tinglin, tingleing => tingling
            headach, hedache, headace => headache
            dizy, dizzey => dizzy
            breth, breathe => breath
            feaver, fevor, fevre => fever
            temprature, temperture, tempreture => temperature
            swolen, swolllen, sollen => swollen
            weeknes, weakniss => weakness
            sciatic, siatica, sciatika => sciatica
            incontinant => incontinence
            osteoperosis, osteoporsis, osteoporisis => osteoporosis
            steriods, steroides => steroids
            prednisolon => prednisolone
            canser, cancr => cancer
            """;

    /**
     * The same for Spanish, written as they are after accent folding: "h" dropped or added, "s" for "c/z" and
     * "b" for "v" (seseo and betacismo, how most of Latin America writes by ear), "y" for "ll" (yeísmo).
     */
    static final String SPANISH_RULES = """
            # body
            ombro => hombro
            ombros => hombros
            cabesa, cavesa => cabeza
            cueyo, cuelo => cuello
            rodiya, rrodilla => rodilla
            rodiyas => rodillas
            tobiyo => tobillo
            tobiyos => tobillos
            pantorriya => pantorrilla
            sintura => cintura
            espalada, espladas => espalda
            pexo => pecho
            mandibula, mandivula => mandibula
            cadra => cadera
            muneca => muñeca
            # symptoms and history
            ormigueo, hormigeo, ormigeo => hormigueo
            adormesido, adormesimiento => adormecido
            adormesida => adormecida
            entumesido => entumecido
            entumesida => entumecida
            entumesimiento => entumecimiento
            fievre, fiebe => fiebre
            bomito, vomto => vomito
            bomitar => vomitar
            horinar => orinar
            horina => orina
            devilidad => debilidad
            canser, cancr => cancer
            kimio => quimio
            kimioterapia => quimioterapia
            resirar => respirar
            ostioporosis, osteoporocis => osteoporosis
            # chat spellings
            q => que
            tb, tmb => tambien
            """;

    private LaySpellings() {
    }
}
