package org.myomap.lookup.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.myomap.common.i18n.Language;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The normalising half of the lookup's analysis chain, applied alike to the vocabulary's phrases and to what
 * a person types, so that both meet in the same form:
 * <ol>
 *   <li>contractions spelled out before tokenizing ("can't" to "cannot", "doesn't" to "does not"), straight
 *       and curly apostrophes alike ({@link MappingCharFilter});</li>
 *   <li>Unicode word tokens ({@link StandardTokenizer}), lower-cased, possessive "'s" dropped;</li>
 *   <li>common misspellings and apostrophe-less contractions corrected ({@link SynonymGraphFilter} over
 *       {@link LaySpellings});</li>
 *   <li>articles and possessive determiners dropped ("my", "the", "a"), so "middle of my back" and "middle
 *       of the back" read the same. Negation words ("no", "not", "without") are deliberately kept;</li>
 *   <li>Porter stemming, so plurals and verb forms meet ("shins", "sitting", "tingles").</li>
 * </ol>
 * The Spanish chain has the same steps in Spanish: accents folded before tokenizing (people type "dolia" as
 * often as "dolía"; "ñ" is kept, or "años" would read as "ano"), "mamá"/"papá" (and "mi mama", "mi papa", the
 * accentless spellings) spelled "madre"/"padre" so they cannot be read as the breast ("mama") or a potato,
 * Spanish misspellings, articles and possessives dropped (never "no", "sin", "ni"), and the Snowball Spanish
 * stemmer, which strips verb endings too ("mastico", "masticar", "masticando" meet), where Lucene's light
 * Spanish stemmer only strips gender and number.
 *
 * <p>Built once and shared: a Lucene analyzer reuses its components per thread.
 */
public final class LayAnalyzer extends Analyzer {

    /**
     * Words that carry nothing here: articles, possessive determiners, intensifiers and the copula ("calf is
     * swollen" reads as "calf swollen"). Not Lucene's English set: that one drops "no" and "not".
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(List.of("a", "an", "the", "my", "your", "his", "her",
            "their", "our", "its", "this", "that", "these", "those", "any", "some", "very", "really", "quite", "so",
            "just", "bit", "kind", "sort", "lot", "lots", "is", "are", "was", "were"), false);

    /**
     * Spanish words that carry nothing here: articles, possessives, demonstratives, intensifiers, the copula, as
     * they are after accent folding. Not Lucene's Spanish set: that one drops "no", "sin", "ni" and "nada".
     */
    static final CharArraySet SPANISH_STOP_WORDS = new CharArraySet(List.of("el", "la", "los", "las", "lo", "un",
            "una", "unos", "unas", "mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "este", "esta", "estos",
            "estas", "ese", "esa", "esos", "esas", "muy", "bastante", "tan", "es", "son", "era", "eran", "estan",
            "del", "al", "que"), false);

    private static final NormalizeCharMap CONTRACTIONS = contractions();
    private static final NormalizeCharMap SPANISH_CHARACTERS = spanishCharacters();

    private final Language language;
    private final SynonymMap spellings;
    private final CharArraySet stopWords;

    public LayAnalyzer(Language language) {
        this.language = language;
        this.spellings = parse(language == Language.SPANISH ? LaySpellings.SPANISH_RULES : LaySpellings.RULES);
        this.stopWords = language == Language.SPANISH ? SPANISH_STOP_WORDS : STOP_WORDS;
    }

    /** The words this chain drops. */
    CharArraySet stopWords() {
        return stopWords;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(language == Language.SPANISH ? SPANISH_CHARACTERS : CONTRACTIONS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalise(source));
    }

    /** The filters after the tokenizer, for chains that extend this one. */
    TokenStream normalise(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        if (language == Language.ENGLISH) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new SynonymGraphFilter(stream, spellings, false);
        stream = new StopFilter(stream, stopWords);
        return language == Language.SPANISH ? new SnowballFilter(stream, new SpanishStemmer()) : new PorterStemFilter(stream);
    }

    /** The terms of a phrase after this chain, e.g. "the middle of my back" to [middl, of, back]. */
    public List<String> terms(String phrase) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = tokenStream("phrase", prepare(phrase))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Lower-cases before the character mappings, which match exact characters. */
    static String prepare(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    private static NormalizeCharMap contractions() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String apostrophe : List.of("'", "\u2019")) {
            map.add("can" + apostrophe + "t", "cannot");
            map.add("won" + apostrophe + "t", "will not");
            map.add("n" + apostrophe + "t", " not");
        }
        return map.build();
    }

    /**
     * Accents folded ("dolía" as "dolia"), "ñ" kept; "mamá" and "papá", with the accentless "mi mama" and
     * "mi papa", spelled as the relatives they are.
     */
    private static NormalizeCharMap spanishCharacters() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        String accented = "áéíóúüàèìòù";
        String plain = "aeiouuaeiou";
        for (int i = 0; i < accented.length(); i++) {
            map.add(String.valueOf(accented.charAt(i)), String.valueOf(plain.charAt(i)));
        }
        map.add("mamá", "madre");
        map.add("papá", "padre");
        map.add("mi mama", "mi madre");
        map.add("mi papa", "mi padre");
        return map.build();
    }

    private static SynonymMap parse(String rules) {
        try (Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        }) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("the lay spelling rules do not parse", e);
        }
    }
}
