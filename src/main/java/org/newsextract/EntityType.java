package org.newsextract;

/**
 * The kinds of real-world entity newsextract finds.
 *
 * <p>Each type has the JSON field that lists entities of that type ({@link #jsonField()}) and
 * the letter that starts its entity ids ({@link #idPrefix()}): {@code p1}, {@code l2},
 * {@code o3}.
 */
public enum EntityType {
    /** A person, named ("Bashar al-Assad"). */
    PERSON("people", "p", "PER"),
    /** A geographical or political place: city, country, state, region, other. */
    PLACE("places", "l", "LOC"),
    /** A company, government body, party, armed group, news outlet, team, … */
    ORGANIZATION("organizations", "o", "ORG");

    private final String jsonField;
    private final String idPrefix;
    private final String conllTag;

    EntityType(String jsonField, String idPrefix, String conllTag) {
        this.jsonField = jsonField;
        this.idPrefix = idPrefix;
        this.conllTag = conllTag;
    }

    /**
     * Returns the name of the JSON array that lists entities of this type.
     *
     * @return {@code "people"}, {@code "places"} or {@code "organizations"}
     */
    public String jsonField() {
        return jsonField;
    }

    /**
     * Returns the prefix of entity ids of this type.
     *
     * @return {@code "p"}, {@code "l"} or {@code "o"}
     */
    public String idPrefix() {
        return idPrefix;
    }

    /**
     * Returns the CoNLL-2003 tag suffix of this type.
     *
     * @return {@code "PER"}, {@code "LOC"} or {@code "ORG"}
     */
    public String conllTag() {
        return conllTag;
    }
}
