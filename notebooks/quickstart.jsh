// newsextract quickstart in JShell: the same steps as quickstart.ipynb, in Java.
// From the checkout, after 'mvn -q -DskipTests package' (the jar's manifest brings target/lib/):
//   jshell --class-path target/newsextract.jar notebooks/quickstart.jsh
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.newsextract.*;

// Keep CoreNLP's loading messages quiet (the tool's SLF4J binding is in target/lib).
System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");

// Extract from the seed article (models load once per JVM, about 2 s).
NewsExtractor extractor = NewsExtractor.create();
String text = Files.readString(Path.of("seeds/assad-flees-damascus.txt"));
Extraction x = extractor.extract("assad-flees-damascus", text);
for (Entity p : x.people()) {
    System.out.println(p.id() + " " + p.name() + " - " + p.mentions().size() + " mentions, aliases " + p.aliases());
}
System.out.println(x.places().size() + " places, " + x.organizations().size() + " organizations, " + x.quotes().size() + " quotes");

// The HTML view: open it in a browser.
Files.createDirectories(Path.of("target", "notebooks"));
Path page = Files.writeString(Path.of("target", "notebooks", "quickstart-jshell.html"), x.toHtml());
System.out.println("HTML view: " + page);

// A table: one row per entity.
System.out.println(String.format("%-4s %-13s %-28s %s", "id", "type", "name", "mentions"));
for (Entity e : x.entities()) {
    System.out.println(String.format("%-4s %-13s %-28s %d", e.id(), e.type(), e.name(), e.mentions().size()));
}

// Who is quoted? The people (person entities) the article quotes.
Set<String> people = x.people().stream().map(Entity::id).collect(Collectors.toSet());
// (In JShell a statement ends at the first line that completes it: break lines after a dot.)
List<String> quoted = x.quotes().stream().flatMap(q -> q.speaker().flatMap(Speaker::entityId).stream()).
        filter(people::contains).distinct().sorted().toList();
System.out.println("quotes: " + x.quotes().size());
System.out.println("people quoted: " + quoted.size() + " " + quoted.stream().map(id -> x.entity(id).orElseThrow().name()).toList());

// Reported speech: attributions not in quotation marks, each with a calibrated confidence.
System.out.println("reported speeches: " + x.reported().size());
for (ReportedSpeech r : x.reported()) {
    System.out.println(String.format("%.2f %-26s %s", r.confidence(), r.speaker().map(Speaker::name).orElse("-"), r.text()));
}
/exit
