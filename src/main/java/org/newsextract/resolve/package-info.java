/**
 * Internal: document-level entity resolution, the same for every engine. Turns the names a
 * tagger found in each sentence into one entity per real-world person, place or organization.
 *
 * <p>Every rule lives in one class, applied in this order by {@link org.newsextract.resolve.EntityResolver}:
 * <ol>
 *   <li>{@link org.newsextract.resolve.Boundaries}: where a name begins and ends ("Syria and Iran" is two);</li>
 *   <li>{@link org.newsextract.resolve.Acronyms}: "Hayat Tahrir al-Sham (HTS)" makes "HTS" an
 *       alias, and every other "HTS" a mention of it; "U.N." joins "United Nations";</li>
 *   <li>{@link org.newsextract.resolve.CompoundNames}: "Bosnia and Herzegovina", "Washington, D.C."
 *       and "Macy's" are one name; an e-mail address is part of none;</li>
 *   <li>{@link org.newsextract.resolve.NewsStructure}: datelines ("DUBAI (Reuters) -"), photo
 *       credits, bylines and page furniture;</li>
 *   <li>{@link org.newsextract.resolve.EventNames}: events, prizes, laws ("Battle of Gettysburg",
 *       "Brexit") are MISC, not entities;</li>
 *   <li>{@link org.newsextract.resolve.MiscCues}: "the film House of Wax", "the Moriori
 *       language", "Cyclone Phailin" are MISC;</li>
 *   <li>{@link org.newsextract.resolve.FieldsOfStudy}: "a Ph.D. in Linguistics" names a field,
 *       not an organization;</li>
 *   <li>{@link org.newsextract.resolve.CommonNouns}: "the Court", "the Group" alone are
 *       descriptions, not organizations;</li>
 *   <li>{@link org.newsextract.resolve.CommonWords}: a heading "Career" or a sentence's first word
 *       "Cognitive", written in lower case elsewhere in the text, is no name;</li>
 *   <li>{@link org.newsextract.resolve.Headlines}: a title-case headline's names count only when
 *       the article uses them;</li>
 *   <li>{@link org.newsextract.resolve.Nicknames}: Robin “ropz” Kool is one person;</li>
 *   <li>{@link org.newsextract.resolve.NameHeads}: "Fort Lee" is a place and "Harlow Trading Inc" a
 *       company, whatever the tagger said (a person's name has no such head word);</li>
 *   <li>{@link org.newsextract.resolve.StreetNames}: an untagged "Main Street" or "Telegraph
 *       Avenue" is a place;</li>
 *   <li>{@link org.newsextract.resolve.Citations}: the authors of "(Dye &amp; Bavelier, 2010)" and
 *       "Binderman et al." are people;</li>
 *   <li>{@link org.newsextract.resolve.SpeakingNames}: a "MISC" name after a person's title or
 *       before "said" is a person ("Secretary-General Ban Ki-moon said");</li>
 *   <li>{@link org.newsextract.resolve.Surnames}: after "Bashar al-Assad", "Assad" names a person;</li>
 *   <li>{@link org.newsextract.resolve.TypeVote}: a name is a person everywhere or nowhere;</li>
 *   <li>{@link org.newsextract.resolve.OrganizationCues}: "gas producer Energean", "fashion retailer
 *       Ted Baker", "drugmakers Pfizer and Moderna" are companies;</li>
 *   <li>{@link org.newsextract.resolve.ContextCues}: what the text says a "person" is ("Brensbach
 *       is a municipality", "the village of ...", "Debden, England", "Ferrari-powered Haas");</li>
 *   <li>{@link org.newsextract.resolve.PlaceLists}: a "person" listed among places is a place
 *       ("Scottsdale, Tempe, Glendale, Peoria, Chandler, and Gilbert");</li>
 *   <li>{@link org.newsextract.resolve.UncertainPlaces}: a known place the tagger called an
 *       organization without conviction ("born in Randers") is the place;</li>
 *   <li>{@link org.newsextract.resolve.TeamRecords}: a place followed by a win-loss record ("New
 *       England (6-6)") is a team;</li>
 *   <li>{@link org.newsextract.resolve.DefinedNames}: an untagged name the text defines ("Aisby is a
 *       village", "CALOI is a major Brazilian manufacturer") is a place or an organization;</li>
 *   <li>{@link org.newsextract.resolve.Propagation}: a name tagged once is tagged wherever it
 *       recurs, headlines in capitals included;</li>
 *   <li>{@link org.newsextract.resolve.NameCleaner}: what is not an entity mention (MISC,
 *       pronouns, nationalities) or not part of one (titles such as "President");</li>
 *   <li>{@link org.newsextract.resolve.Clusters}: mentions merged into entities ("Assad" joins
 *       "Bashar al-Assad", not "Hafez al-Assad"; "Barack Obama" joins "Barack Hussein Obama"), and
 *       each entity's name;</li>
 *   <li>{@link org.newsextract.resolve.PlaceKinds}: city, country, state, region or other.</li>
 * </ol>
 * Not part of the public API.
 */
package org.newsextract.resolve;
