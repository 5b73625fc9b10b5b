package org.myomap.catalogue.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.myomap.catalogue.content.ContentFile.Activity;
import org.myomap.catalogue.content.ContentFile.Complaint;
import org.myomap.catalogue.content.ContentFile.Muscle;
import org.myomap.catalogue.content.ContentFile.Protocol;
import org.myomap.catalogue.content.ContentFile.Region;
import org.myomap.catalogue.content.ContentFile.Source;

/** All content files merged, in file order, with the file each entry came from (for error messages). */
public record CatalogueContent(String version, List<Region> regions, List<Activity> activities, List<Source> sources,
        List<Muscle> muscles, List<Complaint> complaints, List<Protocol> protocols, List<ContentFile.PainGuide> painGuides,
        Map<Object, String> origins) {

    /** Content without pain guides (tests that build a catalogue by hand). */
    public CatalogueContent(String version, List<Region> regions, List<Activity> activities, List<Source> sources,
            List<Muscle> muscles, List<Complaint> complaints, List<Protocol> protocols, Map<Object, String> origins) {
        this(version, regions, activities, sources, muscles, complaints, protocols, List.of(), origins);
    }

    /** One parsed file and its path. */
    public record Located(String path, ContentFile.Document document) {
    }

    static CatalogueContent merge(String version, List<Located> files) {
        Map<Object, String> origins = new HashMap<>();
        return new CatalogueContent(version,
                collect(files, ContentFile.Document::regions, origins),
                collect(files, ContentFile.Document::activities, origins),
                collect(files, ContentFile.Document::sources, origins),
                collect(files, ContentFile.Document::muscles, origins),
                collect(files, ContentFile.Document::complaints, origins),
                collect(files, ContentFile.Document::protocols, origins),
                collect(files, ContentFile.Document::painGuides, origins),
                origins);
    }

    private static <T> List<T> collect(List<Located> files, Function<ContentFile.Document, List<T>> list,
            Map<Object, String> origins) {
        List<T> all = new ArrayList<>();
        for (Located file : files) {
            List<T> items = list.apply(file.document());
            if (items != null) {
                items.forEach(item -> origins.put(new Identity(item), file.path()));
                all.addAll(items);
            }
        }
        return List.copyOf(all);
    }

    /** The file an entry came from. */
    public String originOf(Object entry) {
        return origins.getOrDefault(new Identity(entry), "?");
    }

    /** Records compare by value; where an entry came from is a question about this very instance. */
    private record Identity(Object entry) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.entry == entry;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(entry);
        }
    }
}
