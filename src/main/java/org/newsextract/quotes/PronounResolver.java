package org.newsextract.quotes;


import org.newsextract.nlp.DocumentEntity;
import org.newsextract.nlp.NameLabel;

/**
 * Rule: a pronoun speaker is the nearest compatible named entity mentioned before it, without
 * a coreference model.
 *
 * <ul>
 *   <li>"he"/"she": the nearest earlier mention of a person, outside quotations, whose sex does
 *       not contradict the pronoun. A person's sex comes from the first word of their name in
 *       {@code first-names.tsv} (US birth records), else from an honorific before any of their
 *       mentions ("Mr.", "Mrs.", "Ms."); unknown is compatible with both.</li>
 *   <li>"it", "we", "they": the nearest earlier mention of an organization, outside quotations,
 *       within {@link #ORG_WINDOW} tokens.</li>
 *   <li>"I": the writer; no entity.</li>
 * </ul>
 */
final class PronounResolver {
    static final int PERSON_WINDOW = 1_500;
    static final int ORG_WINDOW = 400;

    private final QuoteDocument d;
    private final QuoteLexicon.Gender[] genders;

    PronounResolver(QuoteDocument d) {
        this.d = d;
        this.genders = new QuoteLexicon.Gender[d.entities.size()];
        for (int e = 0; e < genders.length; e++) {
            genders[e] = genderOf(d.entities.get(e));
        }
    }

    /** Returns the index of the entity a pronoun token refers to, or -1 when none fits. */
    int resolve(int pronoun) {
        String p = d.lower(pronoun);
        QuoteLexicon.Gender wanted = switch (p) {
            case "he", "him", "his" -> QuoteLexicon.Gender.MALE;
            case "she", "her", "hers" -> QuoteLexicon.Gender.FEMALE;
            default -> null;
        };
        if (p.equals("i")) {
            return -1;
        }
        int window = wanted == null ? ORG_WINDOW : PERSON_WINDOW;
        for (int t = pronoun - 1; t >= 0 && pronoun - t <= window; t--) {
            int e = d.entityOf(t);
            if (e < 0 || d.quoted(t)) {
                continue;
            }
            NameLabel type = d.entities.get(e).type();
            if (wanted != null && type == NameLabel.PER
                    && (genders[e] == wanted || genders[e] == QuoteLexicon.Gender.UNKNOWN)) {
                return e;
            }
            if (wanted == null && type == NameLabel.ORG) {
                return e;
            }
            t = d.mentionFrom(t);
        }
        return -1;
    }

    /** Returns the sex of a person from the first name or an honorific, unknown otherwise. */
    QuoteLexicon.Gender genderOf(DocumentEntity e) {
        if (e.type() != NameLabel.PER) {
            return QuoteLexicon.Gender.UNKNOWN;
        }
        String[] words = e.name().split("[\\s]+");
        if (words.length > 1) {
            QuoteLexicon.Gender g = d.lexicon.genderOfFirstName(words[0]);
            if (g != QuoteLexicon.Gender.UNKNOWN) {
                return g;
            }
        }
        for (DocumentEntity.Mention m : e.mentions()) {
            int t = d.tokenAt(m.start());
            QuoteLexicon.Gender g = t > 0 ? d.lexicon.genderOfHonorific(d.word(t - 1)) : QuoteLexicon.Gender.UNKNOWN;
            if (g != QuoteLexicon.Gender.UNKNOWN) {
                return g;
            }
        }
        return QuoteLexicon.Gender.UNKNOWN;
    }
}
