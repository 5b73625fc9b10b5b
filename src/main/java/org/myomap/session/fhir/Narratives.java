package org.myomap.session.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * The human-readable summary every exported resource carries ({@code text.status = generated}), so an EHR that
 * does not understand a coding still shows what happened. Text is added as XHTML text nodes: free text such as
 * patient feedback is escaped by the serialiser, never pasted into markup.
 */
final class Narratives {

    private Narratives() {
    }

    static void describe(DomainResource resource, String summary) {
        describe(resource, summary, List.of());
    }

    static void describe(DomainResource resource, String summary, List<String> details) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addTag("p").addText(summary);
        if (!details.isEmpty()) {
            XhtmlNode list = div.addTag("ul");
            details.forEach(detail -> list.addTag("li").addText(detail));
        }
        resource.setText(new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div));
    }
}
