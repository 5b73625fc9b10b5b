package org.myomap.session.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Timing;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.session.SessionInput;

/**
 * Home care: one activity per dosed step, stretch or heat/cold application of each prescribed protocol, with its
 * dose as a Timing (times a day, hold duration) and in words (repetitions have no Timing element); a protocol
 * without a dose is one activity.
 */
final class CarePlanBuilder {

    static final String PROTOCOLS = "https://myomap.org/api/v1/protocols/";

    /** One thing to do at home and, when the protocol says, how long and how often. */
    record Dose(String what, Integer holdSeconds, Integer repetitions, Integer timesPerDay) {

        boolean given() {
            return holdSeconds != null || repetitions != null || timesPerDay != null;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (holdSeconds != null) {
                parts.add(holdSeconds % 60 == 0 && holdSeconds >= 120 ? holdSeconds / 60 + " min" : "hold " + holdSeconds + " s");
            }
            if (repetitions != null) {
                parts.add(repetitions + (repetitions == 1 ? " repetition" : " repetitions"));
            }
            if (timesPerDay != null) {
                parts.add(timesPerDay + (timesPerDay == 1 ? " time a day" : " times a day"));
            }
            return what + ": " + String.join(", ", parts);
        }

        Timing timing() {
            Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
            if (timesPerDay != null) {
                repeat.setFrequency(timesPerDay).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            }
            if (holdSeconds != null) {
                repeat.setDuration(holdSeconds).setDurationUnit(Timing.UnitsOfTime.S);
            }
            return new Timing().setRepeat(repeat).setCode(new CodeableConcept().setText(describe()));
        }
    }

    private CarePlanBuilder() {
    }

    static void add(BundleEntries entries, ExportedSession s) {
        SessionInput.HomeCare homeCare = s.document().homeCare();
        if (homeCare == null) {
            return;
        }
        CarePlan plan = new CarePlan()
                .setStatus(s.enteredInError() ? CarePlan.CarePlanStatus.ENTEREDINERROR : CarePlan.CarePlanStatus.ACTIVE)
                .setIntent(CarePlan.CarePlanIntent.PLAN)
                .setSubject(s.patient())
                .setEncounter(s.encounter())
                .setAuthor(s.practitioner())
                .setCreatedElement(s.date())
                .setTitle("Home care after trigger point therapy")
                .setDescription(homeCare.instructions());
        plan.addIdentifier(s.identifiers().item("home-care"));
        List<String> activities = new ArrayList<>();
        for (String id : homeCare.protocols()) {
            Optional<ContentFile.Protocol> protocol = s.catalogue().protocol(id);
            String title = protocol.map(ContentFile.Protocol::title).orElse(id);
            List<Dose> doses = protocol.map(CarePlanBuilder::doses).orElse(List.of());
            if (doses.isEmpty()) {
                activity(plan, id, title, null);
                activities.add(title);
            }
            for (Dose dose : doses) {
                activity(plan, id, title + ", " + dose.what(), dose);
                activities.add(title + ", " + dose.describe());
            }
        }
        String summary = "Home care after trigger point therapy on " + s.document().date()
                + (homeCare.instructions() == null ? "." : ": " + homeCare.instructions());
        Narratives.describe(plan, summary, activities);
        entries.createOrUpdate(plan, s.identifiers().item("home-care"));
    }

    private static void activity(CarePlan plan, String protocolId, String description, Dose dose) {
        CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail()
                .setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                .setDescription(description)
                .addInstantiatesUri(PROTOCOLS + protocolId);
        if (dose != null) {
            detail.setCode(new CodeableConcept().setText(dose.what())).setScheduled(dose.timing());
        }
    }

    /** The dosed parts of a protocol, in its order: steps, then stretches, then heat or cold. */
    static List<Dose> doses(ContentFile.Protocol protocol) {
        List<Dose> doses = new ArrayList<>();
        for (ContentFile.Step step : protocol.steps() == null ? List.<ContentFile.Step>of() : protocol.steps()) {
            doses.add(new Dose(step.technique().replace('-', ' '), step.holdSeconds(), step.repetitions(), step.timesPerDay()));
        }
        for (ContentFile.Stretch stretch : protocol.stretches()) {
            doses.add(new Dose(stretch.name(), stretch.holdSeconds(), stretch.repetitions(), stretch.timesPerDay()));
        }
        if (protocol.heatCold() != null && protocol.heatCold().minutes() != null) {
            doses.add(new Dose(protocol.heatCold().kind(), protocol.heatCold().minutes() * 60, null, null));
        }
        return doses.stream().filter(Dose::given).toList();
    }
}
