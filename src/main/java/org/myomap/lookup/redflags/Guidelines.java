package org.myomap.lookup.redflags;

/** The guideline citations the rules name, written once. */
final class Guidelines {

    static final String BACK_PAIN = "ACP/APS low back pain guideline (Chou et al., 2007); AHCPR Clinical Practice Guideline 14 (1994); NICE NG59 (2016, updated 2020)";
    static final String CAUDA_EQUINA = "NICE NG59 (2016, updated 2020); GIRFT National Suspected Cauda Equina Syndrome Pathway (NHS England, 2023)";
    static final String MSCC = "NICE NG234: Spinal metastases and metastatic spinal cord compression (2023), replacing CG75";
    static final String FRACTURE = "ACP/APS (Chou et al., 2007); AHCPR Guideline 14 (1994); NICE NG59; red flags for vertebral fracture (Downie et al., BMJ 2013)";
    static final String COMPARTMENT = "BOA Standard for Trauma (BOAST): Diagnosis and management of compartment syndrome of the limbs (British Orthopaedic Association, 2014); McQueen MM, Gaston P, Court-Brown CM. Acute compartment syndrome: who is at risk? J Bone Joint Surg Br 2000;82(2):200-3";
    static final String SEPTIC_ARTHRITIS = "BSR/BHPR/BOA/RCGP/BSAC guideline for management of the hot swollen joint in adults (Coakley et al., Rheumatology 2006)";
    static final String MENINGITIS = "NICE NG240: Meningitis (bacterial) and meningococcal disease: recognition, diagnosis and management (2024)";
    static final String NEUTROPENIC_SEPSIS = "NICE CG151: Neutropenic sepsis: prevention and management in people with cancer (2012)";
    static final String TRAUMA = "NICE NG39: Major trauma: assessment and initial management (2016); NICE NG41: Spinal injury: assessment and initial management (2016); Ottawa ankle rules (Stiell et al., JAMA 1993) and knee rule (Stiell et al., JAMA 1996)";
    static final String HEAD_INJURY = "NICE NG232: Head injury: assessment and early management (2023)";
    static final String SEPSIS = "NICE NG51: Suspected sepsis: recognition, diagnosis and early management (2016, updated 2024)";
    static final String HEADACHE = "NICE CG150: Headaches in over 12s: diagnosis and management (2012, updated 2021)";
    static final String GCA = "British Society for Rheumatology guideline on giant cell arteritis (Mackie et al., Rheumatology 2020)";
    static final String CARDIAC = "NICE CG95: Recent-onset chest pain of suspected cardiac origin (2010, updated 2016)";
    static final String LIMB_ISCHAEMIA = "ESVS 2020 Clinical Practice Guidelines on the Management of Acute Limb Ischaemia (Björck et al., Eur J Vasc Endovasc Surg 2020)";
    static final String SPINAL_INFECTION = "NICE NG59 (2016, updated 2020); NICE Clinical Knowledge Summary: Back pain - low (without radiculopathy), red flags for spinal infection (2023)";
    static final String STROKE = "NICE NG128: Stroke and transient ischaemic attack in over 16s: diagnosis and initial management (2019, updated 2022): FAST, and immediate referral of a suspected TIA for specialist assessment within 24 hours; NHS: Stroke and Transient ischaemic attack (TIA), symptoms (sudden loss or blurring of vision)";
    static final String VTE = "NICE NG158: Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (2020, updated 2023)";

    private Guidelines() {
    }
}
