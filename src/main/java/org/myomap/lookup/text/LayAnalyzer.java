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
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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
 * Built once and shared: a Lucene analyzer reuses its components per thread.
 */
public final class LayAnalyzer extends Analyzer {

    /**
     * Words that carry nothing here: articles, possessive determiners, intensifiers and the copula ("calf is
     * swollen" reads as "calf swollen"). Not Lucene's English set: that one drops "no" and "not".
     */
    static final CharArraySet STOP_WORDS = new CharArraySet(List.of("a", "an", "the", "my", "your", "his", "her",
            "their", "our", "its", "this", "that", "these", "those", "any", "some", "very", "really", "quite", "so",
            "just", "bit", "kind", "sort", "lot", "lots", "is", "are", "was", "were"), false);

    private static final NormalizeCharMap CONTRACTIONS = contractions();

    private final SynonymMap spellings;

    public LayAnalyzer() {
        this.spellings = parse(LaySpellings.RULES);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(CONTRACTIONS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, normalise(source));
    }

    /** The filters after the tokenizer, for chains that extend this one. */
    TokenStream normalise(Tokenizer source) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new EnglishPossessiveFilter(stream);
        stream = new SynonymGraphFilter(stream, spellings, false);
        stream = new StopFilter(stream, STOP_WORDS);
        return new PorterStemFilter(stream);
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
