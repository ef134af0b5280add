"""Medway YOT's improvement plan after its February 2020 HMIP inspection, as workbook rows."""

from __future__ import annotations

from datetime import date

FIELDS: dict[str, dict[str, object]] = {
    "Paper": {
        "Organisation": "Medway Youth Offending Team",
        "Plan title": (
            "Medway Youth Offending Team and Youth Justice Partnership Board Improvement Plan"
        ),
        "Board": "Youth Justice Partnership Board",
        "Meeting date": date(2021, 3, 9),
        # The report date is the V2. version's; no contact details are given.
        "Report date": date(2021, 3, 1),
        "Author": "Head of Partnership Commissioning, Resources and Youth Justice",
        # The presenter, agenda item, recommendations and implications are written for this
        # example, the implications from the inspection's findings and the plan's actions.
        "Presenter": "Head Of Service, Youth Offending Team",
        "Agenda item": "6",
        "Purpose": "For assurance",
        "Protective marking": "OFFICIAL",
        "Exempt": "No",
        "Recommendations to the board": (
            "The Youth Justice Partnership Board is asked to:\n"
            "\n"
            "- **note** the progress made against the improvement plan since the December "
            "2020 meeting;\n"
            "- **note** the actions that are overdue and the exceptions reported, and the "
            "remedial actions proposed for each;\n"
            "- **agree** revised timescales for recommendation 4 (working with girls): June "
            "2021 for action 4A and September 2021 for actions 4B to 4D."
        ),
        "Financial implications": (
            "The plan is delivered within the YOT's budget and the external funding it has "
            "secured (PCC, HO, ESYV and VRU) for work on serious youth violence (action 5C)."
        ),
        "Legal implications": (
            "The plan answers HMIP's recommendations; the YOT's work must reflect the "
            "expectations of the Crime and Disorder Act, the YJB and HMIP (action 5D)."
        ),
        "Equalities implications": (
            "HMIP found no strategy or evidence-based approach to working with girls; "
            "recommendation 4 develops one that takes account of their distinct needs."
        ),
        "Risk implications": (
            "Until recommendations 2 and 3 are met, planning may not keep every child, and "
            "others, safe, especially children at risk of exploitation; overdue actions are "
            "reported as exceptions."
        ),
    },
    "Inspection": {
        "Inspectorate": "HMIP",
        "Inspection start": date(2020, 2, 24),
        "Inspection end": date(2020, 2, 28),
        "Framework": "hmip-2018",
        "Stated score": "18/36",
        "Stated overall rating": "Requires improvement",
    },
}

# Texts the source document had lost, written for this example (see the V2. row):
# recommendation 2's actions A and B, the opening of C, and the leads and timescale of A-C;
# the end of action 1C; all of recommendation 4's actions; and every RAG rating.
ROWS: dict[str, list[dict[str, object]]] = {
    "Versions": [
        {
            "Version": "V1.",
            "Date": date(2020, 6, 1),
            "Changes made": "Head Of Partnership Commissioning, Resources and Youth Justice",
        },
        {
            "Version": "V2.",
            "Date": date(2021, 3, 1),
            "Changes made": (
                "Example data: the entries the source document's text had lost are "
                "illustrative, written for this example to be consistent with the inspection "
                "findings. These are the first actions of recommendation 2 (A, B and the "
                "opening of C, with their leads, and recommendation 2's timescale), all of "
                "recommendation 4's actions, the ends of cut-off texts (action 1C) and every "
                "RAG rating, whose symbols were lost. The board's meetings and the progress "
                "log (the dated updates of each action's RAG rating) are also illustrative, "
                "written for this example, as are the paper's report date, presenter, agenda "
                "item, recommendations to the board and implications."
            ),
        },
    ],
    "Ratings": [
        {
            "Domain": "Organisational delivery",
            "Standard": "1.1",
            "Name": "Governance and leadership",
            "Rating": "Requires improvement",
        },
        {
            "Domain": "Organisational delivery",
            "Standard": "1.2",
            "Name": "Staff",
            "Rating": "Good",
        },
        {
            "Domain": "Organisational delivery",
            "Standard": "1.3",
            "Name": "Partnerships and services",
            "Rating": "Requires improvement",
        },
        {
            "Domain": "Organisational delivery",
            "Standard": "1.4",
            "Name": "Information and facilities",
            "Rating": "Good",
        },
        {"Domain": "Court disposals", "Standard": "2.1", "Name": "Assessment", "Rating": "Good"},
        {
            "Domain": "Court disposals",
            "Standard": "2.2",
            "Name": "Planning",
            "Rating": "Inadequate",
        },
        {
            "Domain": "Court disposals",
            "Standard": "2.3",
            "Name": "Implementation and delivery",
            "Rating": "Good",
        },
        {
            "Domain": "Court disposals",
            "Standard": "2.4",
            "Name": "Reviewing",
            "Rating": "Requires improvement",
        },
        {
            "Domain": "Out-of-court disposals",
            "Standard": "3.1",
            "Name": "Assessment",
            "Rating": "Good",
        },
        {
            "Domain": "Out-of-court disposals",
            "Standard": "3.2",
            "Name": "Planning",
            "Rating": "Requires improvement",
        },
        {
            "Domain": "Out-of-court disposals",
            "Standard": "3.3",
            "Name": "Implementation and delivery",
            "Rating": "Good",
        },
        {
            "Domain": "Out-of-court disposals",
            "Standard": "3.4",
            "Name": "Joint working",
            "Rating": "Good",
        },
    ],
    "Narrative": [
        # Introduction
        {
            "Section": "Introduction",
            "Text": (
                "Our Improvement Plan has been developed in response to the formal "
                "recommendations and improvement areas highlighted by HMIP inspection of "
                "Medway YOT that took place between 24th to 28th February 2020. This action "
                "plan sets out the improvement priorities and the actions we need to take to "
                "transform our Youth Justice Service for children, young people and their "
                "families from Requires Improvement so they are ultimately 'Outstanding' which "
                "is our aspiration. We do recognise the intermediate steps that are required "
                "to be outstanding, but believe our young people deserve nothing less."
            ),
        },
        {
            "Section": "Introduction",
            "Text": (
                "Improving the quality of services provided to children and young people is a "
                "key corporate priority. We are fully committed to working with all our "
                "partners to deliver the aspirations set out in this plan."
            ),
        },
        {
            "Section": "Introduction",
            "Text": (
                "We will build on the solid foundations of Medway youth justice services and "
                "ensure children and young people are kept safe and obtain the right help, at "
                "the right time in their lives. To achieve this we will show strong "
                "leadership, challenge performance and allocate resources proportionately to "
                "meet need. We will use local and national evidence to inform our journey, "
                "reflecting on the work we do, identifying areas for improvement, challenge or "
                "change."
            ),
        },
        {
            "Section": "Introduction",
            "Text": (
                "In addition to the recommendations in the HMIP inspection report, we have "
                "also undertaken (recently) the National Standards Audit. We will use the "
                "findings from this audit (once agreed by the Youth Justice Board) to identify "
                "common areas and align (combine) improvement objectives into a single "
                "improvement plan."
            ),
        },
        # Foreword
        {
            "Section": "Foreword",
            "Text": (
                "This inspection was part of HMIP four-year programme of youth offending "
                "service inspections. HMIP have inspected and rated Medway youth offending team "
                "(YOT) across three broad areas:"
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "1. The arrangements for organisational delivery of the service,\n"
                "2. The quality of work done with children and young people sentenced by the "
                "courts, and\n"
                "3. The quality of out-of-court disposal work."
            ),
        },
        {
            "Section": "Foreword",
            "Text": "Overall, Medway YOT was rated as 'Requires improvement'.",
        },
        {
            "Section": "Foreword",
            "Text": (
                "Medway was 1 point away from a 'good' judgement. The Inspection report "
                "highlighted a number of improvements since the peer review in 2018. We "
                "anticipated a 'requires improvement' judgement for this domain. The narrative "
                "reflects our sustained progress over the last 18 months. After a period of "
                "uncertainty while the local authority considered outsourcing YOT provision, "
                "Medway is slowly but determinedly rebuilding its service to meet the "
                "intensive and changing needs of its caseload."
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "HMIP identified that senior managers drive the direction and ambition of the "
                "YOT, demonstrating their willingness and ability to advocate for children and "
                "young people to achieve the best outcomes for them."
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "HMIP saw examples of excellent case management and practitioners working well "
                "to understand the behaviour of children and young people and their "
                "aspirations for their future. However, there was too much inconsistency in "
                "the quality of practice, especially relating to girls and those at risk of "
                "exploitation, which left HMIP concerned about the safety and well-being of a "
                "small number of vulnerable children."
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "HMIP commented that the Youth Justice Partnership Board has good "
                "representation from key agencies but has too many new members so was unable "
                "to evidence its understanding of the specific issues for YOT children and "
                "young people or its strategies as a partnership, to address these needs."
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "HMIP noted the planned addition of a dedicated YOT data and intelligence "
                "officer should enable the board to better identify the YOT's strengths/ areas "
                "for development and improve its focus on evidence-based service provision."
            ),
        },
        {
            "Section": "Foreword",
            "Text": (
                "HMIP commented this is a busy YOT, which works well in a number of key areas "
                "and is making steady progress to develop its service provision."
            ),
        },
        # Ratings commentary
        {
            "Section": "Ratings commentary",
            "Text": "The breakdown of these 23 areas identified Medway with:",
        },
        {
            "Section": "Ratings commentary",
            "Text": (
                "- 7 Areas of **Outstanding** practice\n"
                "- 9 Areas of **Good** practice\n"
                "- 5 Areas that **Requires improvement**\n"
                "- 2 Areas of **Inadequate** practice"
            ),
        },
        # Executive summary
        {
            "Section": "Executive summary",
            "Text": (
                "Overall, Medway YOT was rated as: 'Requires improvement'. This rating has been "
                "determined by HMIP inspecting the YOT in three areas of its work, referred to "
                "as 'domains'. HMIP inspect against 12 'standards', shared between the "
                "domains. The standards are based on established models and frameworks, which "
                "are grounded in evidence, learning and experience. They are designed to drive "
                "improvements in the quality of work with children and young people who have "
                "offended. Published scoring rules generate the overall YOT rating. The "
                "findings and subsequent ratings in those domains are described below."
            ),
        },
        # 1. Organisational delivery
        {
            "Section": "Domain summary",
            "Domain": 1,
            "Text": (
                "Over the past year YOT leaders have worked hard to increase its capacity to "
                "deliver a full range of relevant and high-quality services."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 1,
            "Text": (
                "New initiatives with individual partners are intended to strengthen access to "
                "post-16 education and training and help to address the rise in serious youth "
                "violence. The YOT's approach to desistance focuses on engagement and helping "
                "children reach their goals, while work takes place in appropriate and "
                "risk-assessed environments. Out-of-court cases are increasing and the YOT is "
                "committed to making sure its strategic and operational arrangements for these "
                "cases work well."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 1,
            "Text": (
                "However, the Youth Justice Partnership Board (YJPB) is underdeveloped and does "
                "not drive the direction and ambition of the YOT. It does not have the "
                "information necessary to satisfy itself that the YOT is effectively resourced "
                "or that children and young people are provided with the quality, range and "
                "volume of services and interventions necessary to meet their specific needs."
            ),
        },
        {
            "Section": "Key findings",
            "Domain": 1,
            "Text": (
                "- Strong internal/ strategic leadership drives the YOT's agenda; they advocate "
                "for its needs and those of the children and young people under YOT "
                "supervision.\n"
                "- Practitioners are motivated and interested in achieving the best outcomes "
                "for those with whom they work.\n"
                "- The Child First planning approach strengthens engagement.\n"
                "- Leaders are working determinedly to improve the YOT's access to appropriate "
                "resourcing, using external funding sources well to achieve this.\n"
                "- The YOT makes an effective contribution to out-of-court processes.\n"
                "- The YOT has a strong commitment to improving service provision, drawing on "
                "examples of effective work in other YOTs to help shape its own delivery model."
            ),
        },
        {
            "Section": "But",
            "Domain": 1,
            "Text": (
                "- The Youth Justice Partnership Board does not focus well enough on the "
                "specific needs of children and young people working with the YOT.\n"
                "- The board does not drive the vision and strategy of the YOT, provide "
                "sufficient scrutiny of service provision or understand the risks to effective "
                "service delivery.\n"
                "- The lack of in-depth needs assessment of children and young people in the "
                "YOT caseload leaves leaders without assurance that they are providing the "
                "right level and nature of services and interventions.\n"
                "- Case managers do not have access to up-to-date, evidence-based "
                "interventions that reflect contemporary lifestyles and trends in offending "
                "behaviour among children in Medway.\n"
                "- There is no strategy or evidence-based approach to working with girls."
            ),
        },
        # 2. Court disposals
        {
            "Section": "Domain summary",
            "Domain": 2,
            "Text": (
                "HMIP examined the quality of assessment; planning; implementation and "
                "delivery; and reviewing in each of the cases inspected. The quality of the "
                "work undertaken needs to be above a specified threshold for each aspect of "
                "supervision to be rated as satisfactory."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 2,
            "Text": (
                "In this YOT, assessment and implementation and delivery were assessed as "
                "'Good' because work on desistance, safety and well-being and to keep other "
                "people safe was sufficient."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 2,
            "Text": (
                "The quality of case reviewing was rated as 'Requires improvement' because "
                "only half of the cases inspected met all our standards for this dimension of "
                "work. Although planning to support desistance was good, planning to keep the "
                "child or young person themselves, and others, safe was insufficient so the "
                "overall rating given to this standard was 'Inadequate'."
            ),
        },
        {
            "Section": "Key findings",
            "Domain": 2,
            "Text": (
                "- The YOT's Child First approach to supporting desistance encouraged children "
                "and young people to participate meaningfully in identifying the work they "
                "should complete with the YOT and increased their motivation to engage with "
                "practitioners to complete this.\n"
                "- Case managers undertook thorough and well-considered assessments of how to "
                "keep other people safe.\n"
                "- Victims were given sufficient priority throughout the sentence; there was a "
                "good level of contact with victims to identify their needs and wishes and "
                "effective work to keep them safe.\n"
                "- Reparation was managed well; children and young people could access a range "
                "of activities that supported the community and helped them to develop skills."
            ),
        },
        {
            "Section": "But",
            "Domain": 2,
            "Text": (
                "- Assessments and planning for children in custody, who often present the "
                "highest risk of harm to others and are also the most vulnerable in terms of "
                "safety and well-being, were given less priority than for children in the "
                "community.\n"
                "- There was insufficient planning to support safety and well-being and to "
                "keep others safe, especially in relation to children at risk of sexual and "
                "criminal exploitation.\n"
                "- Case managers did not consistently analyse or respond well enough to "
                "indicators that risks to the child or young person or other people had "
                "increased.\n"
                "- There was regular management oversight of case work, but this did not make "
                "enough positive difference to the quality of practice."
            ),
        },
        # 3. Out-of-court disposals
        {
            "Section": "Domain summary",
            "Domain": 3,
            "Text": (
                "HMIP stated this YOT also provides assessment, planning and interventions in "
                "some cases where the police have decided on 'no further action'. HMIP "
                "examined the quality of assessment; planning; and implementation and delivery "
                "of services. Each of these elements was inspected in respect of work done to "
                "address desistance and delivery of work to keep other people safe."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 3,
            "Text": (
                "HMIP also looked at the quality of joint working with local police. For each "
                "of our standards, the quality of the work undertaken needs to be above a "
                "specified threshold for each aspect of supervision to be rated as "
                "satisfactory."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 3,
            "Text": (
                "At least 70% of cases inspected met all our standards for assessment, "
                "resulting in a 'Good' rating for this aspect of work."
            ),
        },
        {
            "Section": "Domain summary",
            "Domain": 3,
            "Text": (
                "The quality of planning was rated as 'Requires improvement'. While it "
                "supported desistance well (it was sufficient in nine of the ten cases "
                "inspected), it met all our standards to keep others safe in only three of the "
                "five relevant cases."
            ),
        },
        {
            "Section": "Key findings",
            "Domain": 3,
            "Text": (
                "- Case managers effectively identified and analysed a wide range of factors to "
                "understand the level and nature of risk of harm that a child or young person "
                "posed to others.\n"
                "- Victims were given appropriate priority at every stage of the out-of-court "
                "process.\n"
                "- The staff's focus on building relationships led to the engagement of "
                "children and young people in the voluntary activities offered by the YOT.\n"
                "- The YOT contributed well to decisions about whether and what out-of-court "
                "disposals should be made."
            ),
        },
        {
            "Section": "But",
            "Domain": 3,
            "Text": (
                "- The quality of joint work, especially with children's social care, to "
                "support safety and well-being was not always good enough. The response to new "
                "information had left 2 vulnerable children and young people unprotected.\n"
                "- The YOT's response to child exploitation was inconsistent and left "
                "inspectors concerned about the quality of partnership work to support safety "
                "and well-being."
            ),
        },
        # Recommendations
        {
            "Section": "Recommendations",
            "Text": (
                "As a result of our HMIP inspection findings, they have made five "
                "recommendations that they believe, if implemented, will have a positive "
                "impact on the quality of youth offending services in Medway. This will "
                "improve the lives of the children in contact with youth offending services, "
                "and better protect the public."
            ),
        },
    ],
    "Recommendations": [
        {
            "Number": 1,
            "Addressed to": "Youth Offending Team",
            "Source": "HMIP inspection",
            "Recommendation": (
                "Make sure that case managers advocate for the needs of **children and young "
                "people in custody** and there is sufficient planning and work to support "
                "their resettlement"
            ),
        },
        {
            "Number": 2,
            "Addressed to": "Youth Offending Team",
            "Source": "HMIP inspection",
            "Recommendation": (
                "**Strengthen work with partners, particularly children's social care**, to "
                "better support the safety and well-being of children, paying particular "
                "attention to indicators that they are at risk of being exploited by others"
            ),
        },
        {
            "Number": 3,
            "Addressed to": "Youth Offending Team",
            "Source": "HMIP inspection",
            "Recommendation": (
                "Make sure that planning sufficiently addresses factors linked to **safety and "
                "well-being** and the need to keep others safe, and that this is reviewed and "
                "revised to reflect new information and the changing circumstances in a case"
            ),
        },
        {
            "Number": 4,
            "Addressed to": "Youth Offending Team",
            "Source": "HMIP inspection",
            "Recommendation": (
                "Develop an **evidence-based approach to working with girls** that takes "
                "account of their distinct needs and translates into effective partnership "
                "work to support their safety and well-being and protect other people."
            ),
        },
        {
            "Number": 5,
            "Addressed to": "Youth Justice Partnership Board",
            "Source": "HMIP inspection",
            "Recommendation": (
                "**Strengthen its ambition** for the YOT and develop a more coherent and "
                "strategic approach to making sure that **the provision of services** is "
                "evidence based and meets the specific needs of children and young people "
                "working with the YOT."
            ),
        },
    ],
    "Actions": [
        # Recommendation 1 (the end of C's action is written for this example)
        {
            "Recommendation": 1,
            "Letter": "A",
            "Action": (
                "Strategic development of an escalation process with the local secure estate "
                "to escalate cases where sentence planning is not planned to be delivered "
                "within the necessary timescales."
            ),
            "Lead": "Head Of Service",
            "Timescale": "September 2020",
            "Success measures": (
                "Prompt timely sentence planning taking place within the custodial estate in "
                "all cases."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 1,
            "Letter": "B",
            "Action": (
                "Develop a process with children's services and placements to ensure that "
                "resettlement planning in relation to accommodation commences at the start of "
                "sentence."
            ),
            "Lead": "Head Of Service",
            "Timescale": "September 2020",
            "Success measures": (
                "Young people have a plan for leaving custody early, removing anxieties and "
                "reducing the likelihood of reoffending."
            ),
            "RAG": "Good progress",
        },
        {
            "Recommendation": 1,
            "Letter": "C",
            "Action": (
                "For the Youth Offending Team to develop it's own sentence planning process "
                "that is separate to but informs the secure estate's sentence plan."
            ),
            "Lead": "Operations and Practice Manager",
            "Timescale": "September 2020",
            "Success measures": "Young people are active participants in their planning",
            "RAG": "Complete",
        },
        # Recommendation 2 (A, B, the opening of C, the leads of A-C and the timescale are
        # written for this example; the list of services, D and the success measures of C
        # and D are the source's)
        {
            "Recommendation": 2,
            "Letter": "A",
            "Action": (
                "Agree a joint working protocol with children's social care that sets out how "
                "the two services share information, plan together and review children known "
                "to both, including those at risk of exploitation."
            ),
            "Lead": "Head Of Service",
            "Timescale": "December 2020",
            "Success measures": (
                "Children known to both services have a joint plan that supports their safety "
                "and well-being, and new information is shared and acted on promptly."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 2,
            "Letter": "B",
            "Action": (
                "Hold regular joint case audits with children's social care of children at "
                "risk of being exploited, reporting their learning to the Youth Justice "
                "Partnership Board."
            ),
            "Lead": "Operations and Practice Manager",
            "Timescale": "December 2020",
            "Success measures": (
                "Indicators of exploitation are recognised and responded to jointly, and "
                "learning from audits improves the quality of partnership work."
            ),
            "RAG": "Good progress",
        },
        {
            "Recommendation": 2,
            "Letter": "C",
            "Action": (
                "Strengthen pathways for children and young people to:\n"
                "\n"
                "- Education, Training and Employment\n"
                "- Health\n"
                "  - Emotional Health and wellbeing\n"
                "  - Speech and language\n"
                "  - Substance misuse\n"
                "- Safeguarding:\n"
                "  - established links with the Adolescent Team, MASH, Early Help and the Front "
                "door"
            ),
            "Lead": "Head Of Service",
            "Timescale": "December 2020",
            "Success measures": (
                "YP in ETE. Young people have easy and natural access to health services "
                "improving their ability to thrive and reduce their offending risks. Increased "
                "access to services (A and T)\n"
                "\n"
                "Improved safeguarding outcomes for young people involved in the youth justice "
                "system."
            ),
            "RAG": "Good progress",
        },
        {
            "Recommendation": 2,
            "Letter": "D",
            "Action": (
                "The implementation of a criminal exploitation screening process within the "
                "Youth Offending Team, and a strengthening of the use of the CSE tool kit."
            ),
            "Lead": "Operation and Practice Manager",
            "Timescale": "December 2020",
            "Success measures": (
                "The effective identification of and response to Criminal Exploitation and "
                "Child Sexual Exploitation of young people and reduced vulnerability/ risks."
            ),
            "RAG": "Complete",
        },
        # Recommendation 3
        {
            "Recommendation": 3,
            "Letter": "A",
            "Action": "Review YOT's current planning processes.",
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That safeguarding and risk concerns are effectively planned for and responded "
                "to through a partnership planning process. That these safeguarding concerns "
                "are reduced."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 3,
            "Letter": "B",
            "Action": (
                "The implementation of the strategy has a clear focus on addressing "
                "safe-guarding and risk of harm concerns."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That safeguarding and risk concerns are effectively planned for and responded "
                "to through a partnership planning process. That these safeguarding concerns "
                "are reduced."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 3,
            "Letter": "C",
            "Action": (
                "The implementation of a new multi agency planning process for all cases "
                "identified with High Risk and High safeguarding concerns."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That safeguarding and risk concerns are effectively planned for and responded "
                "to through a partnership planning process. That these safeguarding concerns "
                "are reduced."
            ),
            "RAG": "Good progress",
        },
        {
            "Recommendation": 3,
            "Letter": "D",
            "Action": (
                "The full implementation of a MAPPA screening process on all MAPPA eligible cases."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That all MAPPA eligible cases are screened and appropriate cases are referred "
                "to MAPPA. That staff in the youth offending team have a clear understanding of "
                "the MAPPA process and their responsibilities to it."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 3,
            "Letter": "E",
            "Action": "Staff are trained in the MAPPA process.",
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That all MAPPA eligible cases are screened and appropriate cases are referred "
                "to MAPPA. That staff in the youth offending team have a clear understanding of "
                "the MAPPA process and their responsibilities to it."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 3,
            "Letter": "F",
            "Action": (
                "Quality assurance processes to be developed in relation to planning and review."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": "Plans drive improvement.",
            "RAG": "Good progress",
        },
        {
            "Recommendation": 3,
            "Letter": "G",
            "Action": (
                "A case supervision template to be implemented in case manager supervision, to "
                "robustly address safeguarding, and risk concerns. To be used during each "
                "supervision session to identify changing circumstances."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "That all cases are known to have been reviewed to respond to changing "
                "circumstances."
            ),
            "RAG": "Some progress",
        },
        {
            "Recommendation": 3,
            "Letter": "H",
            "Action": (
                "The development of administrative support processes to ensure that planning "
                "reviews are undertaken in a timely manner."
            ),
            "Lead": "Operational Manager and Practice Manager.",
            "Timescale": "September 2020",
            "Success measures": (
                "An administrative system in place that supports case managers in the review "
                "of all cases where safeguarding and risk concerns are identified."
            ),
            "RAG": "Good progress",
        },
        # Recommendation 4 (all written for this example: the source has none)
        {
            "Recommendation": 4,
            "Letter": "A",
            "Action": (
                "Complete a needs analysis of girls in the YOT caseload, drawing on their "
                "assessments, offending, exploitation and safeguarding concerns and the views "
                "of the girls themselves."
            ),
            "Lead": "Head Of Service",
            "Timescale": "December 2020",
            "Success measures": (
                "Leaders understand the distinct needs of girls in the caseload and use this "
                "to shape services and interventions."
            ),
            "RAG": "Good progress",
        },
        {
            "Recommendation": 4,
            "Letter": "B",
            "Action": (
                "Develop practice guidance and an evidence-based intervention package for "
                "working with girls."
            ),
            "Lead": "Operations and Practice Manager",
            "Timescale": "March 2021",
            "Success measures": (
                "Case managers have guidance and interventions that address the distinct needs "
                "of girls, and plans for girls reflect them."
            ),
            "RAG": "Some progress",
        },
        {
            "Recommendation": 4,
            "Letter": "C",
            "Action": (
                "Staff are trained in the girls' practice guidance and intervention package, "
                "including work with girls at risk of exploitation."
            ),
            "Lead": "Operations and Practice Manager",
            "Timescale": "March 2021",
            "Success measures": (
                "Staff have a clear understanding of the distinct needs of girls and use the "
                "guidance and interventions in their work."
            ),
        },
        {
            "Recommendation": 4,
            "Letter": "D",
            "Action": (
                "Agree arrangements with children's social care and exploitation services for "
                "joint work to support the safety and well-being of girls and protect other "
                "people."
            ),
            "Lead": "YJPB and Head Of Service",
            "Timescale": "March 2021",
            "Success measures": (
                "Girls at risk of exploitation receive a coordinated partnership response that "
                "reduces risks to their safety and well-being and to other people."
            ),
            "RAG": "No improvement",
        },
        # Recommendation 5
        {
            "Recommendation": 5,
            "Letter": "A",
            "Action": "Update strategy to reflect HMIP improvement areas.",
            "Lead": "Head Of Service",
            "Timescale": "September 2020",
            "Success measures": (
                "Strategy sets the vision for 3 years addressing need and areas for improvement "
                "whilst ensuring Medway is clear for its ambition for young people."
            ),
            "RAG": "Complete",
        },
        {
            "Recommendation": 5,
            "Letter": "B",
            "Action": (
                "YJPB resources and support the YOT to develop evidence based toolkits/ "
                "intervention packages in:\n"
                "\n"
                "- Knife crime\n"
                "- Youth Violence\n"
                "- Girls\n"
                "- Criminal Exploitation"
            ),
            "Lead": "YJPB and Head Of Service",
            "Timescale": "September 2020",
            "Success measures": (
                "Medway YOT has the tools and resources to support practice and QA and reviews "
                "evidence impact."
            ),
            "RAG": "Some progress",
        },
        {
            "Recommendation": 5,
            "Letter": "C",
            "Action": (
                "YJPB to develop additional resources across Medway to address serious youth "
                "violence and reoffending (PCC, HO, ESYV and VRU)."
            ),
            "Lead": "YJPB and Head Of Service",
            "Timescale": "September 2020",
            "Success measures": (
                "Implementation of funding addresses prevention, targeted and intensive areas "
                "of work seeing a reduction in SYV and reoffending access."
            ),
            "RAG": "Some progress",
        },
        {
            "Recommendation": 5,
            "Letter": "D",
            "Action": (
                "Challenge partners and look at additional arrangements to strengthen the "
                "response to young people involved in the YOT."
            ),
            "Lead": "Chair and YJPB",
            "Timescale": "September 2020",
            "Success measures": (
                "The YOT reflects the expectation of the Crime and Disorder Act, YJB and HMIP "
                "expectations."
            ),
            "RAG": "Good progress",
        },
    ],
    # The board's meetings and the progress log below are illustrative: written for this
    # example, not taken from the source document. Each action's latest update matches its
    # RAG in Actions; 4C, not yet rated, has no updates.
    "Meetings": [
        {"Date": date(2020, 6, 16), "Meeting": "Youth Justice Partnership Board"},
        {"Date": date(2020, 9, 15), "Meeting": "Youth Justice Partnership Board"},
        {"Date": date(2020, 12, 8), "Meeting": "Youth Justice Partnership Board"},
        {"Date": date(2021, 3, 9), "Meeting": "Youth Justice Partnership Board"},
        {"Date": date(2021, 6, 8), "Meeting": "Youth Justice Partnership Board"},
    ],
    "Progress": [
        # Updates for the 16 June 2020 meeting
        {
            "Date": date(2020, 6, 5),
            "Action": "1A",
            "RAG": "Some progress",
            "Commentary": (
                "First meeting held with Cookham Wood YOI's head of casework to agree what an "
                "escalation route should cover. A draft process is being written, though "
                "Covid-19 restrictions have limited contact with the secure estate."
            ),
            "Evidence": "Notes of meeting with Cookham Wood YOI, 21/05/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "1B",
            "RAG": "Some progress",
            "Commentary": (
                "Accommodation agreed in principle with the Head of Placements as a standing "
                "item at the first custody planning meeting. A written process is still to be "
                "drafted and agreed with children's services."
            ),
            "Evidence": "Email from Head of Placements, 28/05/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "1C",
            "RAG": "Some progress",
            "Commentary": (
                "Sentence planning for children in custody in three other YOTs reviewed and a "
                "draft YOT sentence plan produced. It will be piloted with the children "
                "currently in custody over the summer."
            ),
            "Evidence": "Draft custody sentence plan template v0.1",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3A",
            "RAG": "Good progress",
            "Commentary": (
                "Review of planning under way: 20 AssetPlus plans audited against HMIP's "
                "planning standards. Findings to be reported to the management team in July."
            ),
            "Evidence": "Planning audit results, May 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3B",
            "RAG": "Some progress",
            "Commentary": (
                "Planning guidance being redrafted with a new section on safety and well-being "
                "and risk of harm. Staff briefings will follow once the guidance is agreed."
            ),
            "Evidence": "Draft planning guidance v0.2",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3C",
            "RAG": "Some progress",
            "Commentary": (
                "Terms of reference drafted for a fortnightly multi-agency risk and "
                "vulnerability meeting for children at high risk of harm or with high "
                "safeguarding concerns. Partners are being consulted on membership."
            ),
            "Evidence": "Draft risk and vulnerability meeting terms of reference",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3D",
            "RAG": "Good progress",
            "Commentary": (
                "MAPPA screening form added to the case management system; all eligible cases "
                "open on 1 June screened and 2 referred to MAPPA. Screening of new cases to be "
                "checked monthly."
            ),
            "Evidence": "MAPPA screening log, June 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3E",
            "RAG": "Some progress",
            "Commentary": (
                "Training booked with the Kent and Medway MAPPA coordinator for July 2020, to "
                "be delivered online because of Covid-19 restrictions."
            ),
            "Evidence": "MAPPA training booking confirmation, 22/05/2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3F",
            "RAG": "No improvement",
            "Commentary": (
                "Not yet started: practice managers' time has gone on moving casework to "
                "remote working during lockdown. Work will begin in July, once the planning "
                "review (3A) reports."
            ),
            "Evidence": "Management team minutes, 27/05/2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "3G",
            "RAG": "Some progress",
            "Commentary": (
                "A draft case supervision template, with prompts on safeguarding and risk, has "
                "been shared with practice managers for comment."
            ),
            "Evidence": "Draft case supervision template v0.1",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "5A",
            "RAG": "Good progress",
            "Commentary": (
                "Draft Youth Justice Strategy 2020-2023 updated to address HMIP's improvement "
                "areas and sent to board members for comment by 30 June."
            ),
            "Evidence": "Draft Youth Justice Strategy 2020-2023 v0.3",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "5B",
            "RAG": "Some progress",
            "Commentary": (
                "The first toolkit, on knife crime, is being scoped with Kent Police and the "
                "Community Safety Partnership. Packages on youth violence, girls and criminal "
                "exploitation will follow."
            ),
            "Evidence": "Knife crime toolkit scoping note, May 2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "5C",
            "RAG": "Some progress",
            "Commentary": (
                "Bids submitted to the Kent and Medway Violence Reduction Unit (VRU) for "
                "mentoring and detached youth work. PCC funding for 2020/21 confirmed at last "
                "year's level."
            ),
            "Evidence": "VRU bid submission, 15/05/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 6, 5),
            "Action": "5D",
            "RAG": "Some progress",
            "Commentary": (
                "The Chair has written to partner agencies asking them to confirm their "
                "representation on the board and their contribution to the YOT; replies are "
                "due by the June meeting."
            ),
            "Evidence": "Chair's letter to partners, 18/05/2020",
            "Updated by": "Chair, Youth Justice Partnership Board",
        },
        # Updates for the 15 September 2020 meeting
        {
            "Date": date(2020, 9, 4),
            "Action": "1A",
            "RAG": "Complete",
            "Commentary": (
                "Escalation protocol agreed with Cookham Wood YOI and the other secure "
                "establishments Medway uses, and in use since August. Two cases escalated so "
                "far, both resolved within a week."
            ),
            "Evidence": "Custody escalation protocol v1.2 (signed off 28/08/2020)",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "1B",
            "RAG": "Some progress",
            "Commentary": (
                "Process drafted with the placements team but not yet signed off by children's "
                "services. One child was released in August with accommodation confirmed only "
                "two days before release."
            ),
            "Evidence": "Draft resettlement accommodation process v0.4",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "1C",
            "RAG": "Good progress",
            "Commentary": (
                "YOT sentence plan piloted with four children in custody, with good feedback "
                "from the children and case managers. To be finalised and added to the case "
                "management system in October."
            ),
            "Evidence": "Custody sentence plan pilot review, August 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "2A",
            "RAG": "Some progress",
            "Commentary": (
                "Joint working protocol drafted with the Assistant Director, Children's Social "
                "Care, covering information sharing, joint planning and joint review. Team "
                "managers in both services are being consulted."
            ),
            "Evidence": "Draft joint working protocol v0.2",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "2B",
            "RAG": "No improvement",
            "Commentary": (
                "Not yet started: children's social care's quality assurance team has no "
                "capacity before October. The first joint audit is provisionally booked for "
                "November."
            ),
            "Evidence": "Email from Head of Quality Assurance, 20/08/2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "2C",
            "RAG": "Some progress",
            "Commentary": (
                "Education, health and safeguarding pathways mapped with partners. A speech "
                "and language therapist now works in the YOT one day a week; the ETE pathway "
                "is being agreed with the Virtual School."
            ),
            "Evidence": "Pathways mapping document, August 2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "2D",
            "RAG": "Good progress",
            "Commentary": (
                "Criminal exploitation screening tool used for all new cases since 1 August "
                "and the CSE toolkit relaunched at a team briefing. Use of both to be audited "
                "in October."
            ),
            "Evidence": "Exploitation screening tool v1.0; team briefing notes 06/08/2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3A",
            "RAG": "Complete",
            "Commentary": (
                "Review of planning processes completed and reported to the management team in "
                "July. Its 12 recommendations are being taken forward through actions 3B, 3F "
                "and 3H."
            ),
            "Evidence": "Review of YOT planning processes (final report, July 2020)",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3B",
            "RAG": "Good progress",
            "Commentary": (
                "Revised planning guidance issued in draft and staff briefed in August. The "
                "final version is awaiting sign-off."
            ),
            "Evidence": "Draft planning guidance v0.9",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3C",
            "RAG": "Some progress",
            "Commentary": (
                "Terms of reference agreed, but partner attendance at the first meetings over "
                "the summer was poor. Police and health attendance is being followed up by the "
                "Head Of Service."
            ),
            "Evidence": "Risk and vulnerability meeting terms of reference v1.0",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3D",
            "RAG": "Complete",
            "Commentary": (
                "All MAPPA eligible cases are screened at the start of the order and at each "
                "review. Monthly checks for June to August found no gaps."
            ),
            "Evidence": "MAPPA screening audit, August 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3E",
            "RAG": "Some progress",
            "Commentary": (
                "July session cancelled by the MAPPA coordinator and rebooked for October. In "
                "the meantime 6 of 14 case managers have completed the MAPPA e-learning."
            ),
            "Evidence": "Training record, August 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3F",
            "RAG": "Some progress",
            "Commentary": (
                "A planning and review audit tool has been drafted from HMIP's standards. "
                "Practice managers will pilot it in September."
            ),
            "Evidence": "Draft planning and review QA tool",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3G",
            "RAG": "Good progress",
            "Commentary": (
                "Case supervision template in use by both practice managers since July. Spot "
                "checks show it is used in most supervision sessions."
            ),
            "Evidence": "Supervision spot check, August 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "3H",
            "RAG": "Some progress",
            "Commentary": (
                "Process drafted for business support to set review reminders at three months "
                "and after significant events. Recruitment to the vacant business support post "
                "is under way."
            ),
            "Evidence": "Draft review reminder process",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "5A",
            "RAG": "Complete",
            "Commentary": (
                "Youth Justice Strategy 2020-2023 approved by board members by correspondence "
                "in August and published. It will be presented formally at the September "
                "meeting."
            ),
            "Evidence": "Youth Justice Strategy 2020-2023 (final, August 2020)",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "5B",
            "RAG": "Some progress",
            "Commentary": (
                "Knife crime toolkit being written with Kent Police and the Community Safety "
                "Partnership. Scoping of the other three packages has not yet started."
            ),
            "Evidence": "Knife crime toolkit draft v0.2",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "5C",
            "RAG": "Some progress",
            "Commentary": (
                "VRU funding agreed for a detached youth work project from October. The "
                "mentoring bid was unsuccessful; a revised bid is being prepared with the "
                "Community Safety Partnership."
            ),
            "Evidence": "VRU grant offer letter, 12/08/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 9, 4),
            "Action": "5D",
            "RAG": "Some progress",
            "Commentary": (
                "Most partners have confirmed their representation; health and education have "
                "still to name a senior representative. The Chair is following this up."
            ),
            "Evidence": "Board membership schedule, September 2020",
            "Updated by": "Chair, Youth Justice Partnership Board",
        },
        # Updates for the 8 December 2020 meeting
        {
            "Date": date(2020, 11, 27),
            "Action": "1B",
            "RAG": "Good progress",
            "Commentary": (
                "Resettlement accommodation process signed off in October and in use: "
                "accommodation is now discussed at the first custody planning meeting in every "
                "case."
            ),
            "Evidence": "Resettlement accommodation process v1.0 (signed off 14/10/2020)",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "1C",
            "RAG": "Complete",
            "Commentary": (
                "YOT sentence plan finalised and added to the case management system in "
                "October. Used for every child sentenced to custody since, with the child's "
                "views recorded in each plan."
            ),
            "Evidence": "YOT custody sentence plan template v1.0 (October 2020)",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "2A",
            "RAG": "Good progress",
            "Commentary": (
                "Protocol agreed by managers in both services; formal sign-off by the Director "
                "of People has been delayed by the second lockdown. Joint planning is already "
                "taking place."
            ),
            "Evidence": "Joint working protocol v0.9",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "2B",
            "RAG": "Some progress",
            "Commentary": (
                "First joint audit of 6 cases of children at risk of exploitation held with "
                "children's social care on 19 November. Findings are being written up for the "
                "March board."
            ),
            "Evidence": "Joint audit tool and schedule, November 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "2C",
            "RAG": "Some progress",
            "Commentary": (
                "Speech and language therapy in place and a substance misuse worker now "
                "attends weekly. The emotional health pathway is held up by CAMHS waiting "
                "times, and the ETE pathway is not yet agreed."
            ),
            "Evidence": "Pathways mapping document v2, November 2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "2D",
            "RAG": "Complete",
            "Commentary": (
                "October audit found the exploitation screening tool completed in 24 of 25 new "
                "cases and the CSE toolkit used where indicated. Screening is now part of "
                "routine management oversight."
            ),
            "Evidence": "Exploitation screening audit, October 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3B",
            "RAG": "Complete",
            "Commentary": (
                "Planning guidance signed off in October and all case managers briefed. "
                "Compliance is now checked through the planning quality assurance audits (3F)."
            ),
            "Evidence": "YOT planning guidance v1.0 (signed off 09/10/2020)",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3C",
            "RAG": "Good progress",
            "Commentary": (
                "Fortnightly risk and vulnerability meetings now established, with police, "
                "children's social care and health attending regularly. 11 children discussed "
                "since September."
            ),
            "Evidence": "Risk and vulnerability meeting minutes, October-November 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3E",
            "RAG": "Good progress",
            "Commentary": (
                "MAPPA training delivered online on 15 October to 11 of 14 case managers. The "
                "other 3 (two on leave, one new starter) will attend the next session."
            ),
            "Evidence": "MAPPA training attendance record, 15/10/2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3F",
            "RAG": "Good progress",
            "Commentary": (
                "Planning and review audit tool piloted in September and used monthly since "
                "October. The October audit found 14 of 20 plans addressed safety and "
                "well-being sufficiently."
            ),
            "Evidence": "Planning QA audit, October 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3G",
            "RAG": "Good progress",
            "Commentary": (
                "Template used in 85% of supervision sessions checked in October, with changes "
                "in risk and safeguarding concerns recorded in case notes."
            ),
            "Evidence": "Supervision audit, October 2020",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "3H",
            "RAG": "Some progress",
            "Commentary": (
                "Reminder process in place, but the business support post is still vacant, so "
                "practice managers are sending reminders themselves. Interviews are set for "
                "December."
            ),
            "Evidence": "Review reminder process v1.0",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "4A",
            "RAG": "Some progress",
            "Commentary": (
                "Needs analysis started with the new data and intelligence officer: data "
                "gathered on the 19 girls open to the YOT in 2019/20. Girls' views will be "
                "sought through their case managers."
            ),
            "Evidence": "Girls needs analysis data extract, November 2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "4B",
            "RAG": "No improvement",
            "Commentary": (
                "Not yet started: the guidance and interventions will be based on the needs "
                "analysis (4A), now expected in January."
            ),
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "4D",
            "RAG": "No improvement",
            "Commentary": (
                "First discussion held with children's social care, but its exploitation "
                "service is being restructured and no lead has been nominated. Escalated to "
                "the Chair."
            ),
            "Evidence": "Email to Head of Children's Social Care, 16/11/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "5B",
            "RAG": "Good progress",
            "Commentary": (
                "Knife crime toolkit completed and in use since October. A youth violence "
                "package is being commissioned from a local provider with funding agreed by "
                "the board."
            ),
            "Evidence": "Knife crime toolkit v1.0 (October 2020)",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "5C",
            "RAG": "Good progress",
            "Commentary": (
                "Detached youth work running in two hotspot areas since October, and the VRU "
                "has funded a mentoring post from January. A bid for longer-term funding has "
                "gone to the PCC."
            ),
            "Evidence": "VRU grant offer letter, 05/11/2020",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2020, 11, 27),
            "Action": "5D",
            "RAG": "Good progress",
            "Commentary": (
                "All partners now have a named senior representative. Each meeting will "
                "include a deep dive into one partner's contribution, starting with health in "
                "December."
            ),
            "Evidence": "Board forward plan 2020/21",
            "Updated by": "Chair, Youth Justice Partnership Board",
        },
        # Updates for the 9 March 2021 meeting
        {
            "Date": date(2021, 2, 26),
            "Action": "1B",
            "RAG": "Good progress",
            "Commentary": (
                "Process followed for 3 of 4 releases since October; in the fourth, "
                "accommodation was confirmed only two days before release because of a "
                "shortage of placements. To be audited in April before the action is closed."
            ),
            "Evidence": "Resettlement cases tracker, February 2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "2A",
            "RAG": "Complete",
            "Commentary": (
                "Joint working protocol signed off by the Director of People on 18 January and "
                "launched at joint team briefings. A review is booked for July 2021."
            ),
            "Evidence": "Joint working protocol v1.0 (signed off 18/01/2021)",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "2B",
            "RAG": "Good progress",
            "Commentary": (
                "Two joint audits completed, covering 12 children; learning on joint strategy "
                "discussions is reported to this meeting. Quarterly joint audits agreed for "
                "2021/22."
            ),
            "Evidence": "Joint exploitation audit report, February 2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "2C",
            "RAG": "Good progress",
            "Commentary": (
                "ETE pathway agreed with the Virtual School and two post-16 providers in "
                "January, and a named CAMHS link worker starts in March. Links with MASH and "
                "Early Help are in place."
            ),
            "Evidence": "Pathways document v3, February 2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "3C",
            "RAG": "Good progress",
            "Commentary": (
                "Meetings continued fortnightly online through the third lockdown. Outcomes "
                "for the children discussed will be reviewed in April before the action is "
                "closed."
            ),
            "Evidence": "Risk and vulnerability meeting minutes, January-February 2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "3E",
            "RAG": "Complete",
            "Commentary": (
                "The remaining case managers attended MAPPA training on 21 January, so all are "
                "now trained. MAPPA is now part of the induction for new staff."
            ),
            "Evidence": "MAPPA training attendance record, 21/01/2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "3F",
            "RAG": "Good progress",
            "Commentary": (
                "Monthly planning audits continue; the January audit found 17 of 20 plans "
                "sufficient on safety and well-being. Results will be reported to the board "
                "each quarter."
            ),
            "Evidence": "Planning QA audit, January 2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "3G",
            "RAG": "Some progress",
            "Commentary": (
                "One of the two practice manager posts has been vacant since January and use "
                "of the template fell to **55%** of sessions checked. An interim practice "
                "manager starts in March, and use will be re-audited in April."
            ),
            "Evidence": "Supervision audit, February 2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "3H",
            "RAG": "Good progress",
            "Commentary": (
                "Business support officer in post since January and setting review reminders "
                "for all cases; 92% of reviews due in February were completed on time."
            ),
            "Evidence": "Review timeliness report, February 2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "4A",
            "RAG": "Good progress",
            "Commentary": (
                "Draft needs analysis completed, including the views of 8 girls gathered by "
                "their case managers. Delayed by the January lockdown; findings to come to the "
                "June board."
            ),
            "Evidence": "Girls needs analysis (draft), February 2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "4B",
            "RAG": "Some progress",
            "Commentary": (
                "Review of evidence on work with girls completed and a case managers' working "
                "group set up. Guidance will be drafted once the needs analysis is agreed; "
                "revised timescale of September 2021 proposed."
            ),
            "Evidence": "Girls working group notes, 11/02/2021",
            "Updated by": "Operations and Practice Manager",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "4D",
            "RAG": "No improvement",
            "Commentary": (
                "**No agreement yet**: the restructure of the exploitation service is not "
                "finished and no lead has been nominated. The Chair has raised this with the "
                "Director of People; revised timescale of September 2021 proposed."
            ),
            "Evidence": "Chair's letter to the Director of People, 15/02/2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "5B",
            "RAG": "Some progress",
            "Commentary": (
                "The commissioned provider withdrew from the youth violence package in January "
                "because of Covid-19 pressures, and the girls and exploitation packages depend "
                "on 4A and 4B. Another provider is being sought."
            ),
            "Evidence": "Email from provider, 29/01/2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "5C",
            "RAG": "Some progress",
            "Commentary": (
                "The PCC bid was unsuccessful and the detached youth work funding ends on 31 "
                "March 2021, putting the project at risk. Options for partner contributions "
                "are being drawn up for the June meeting."
            ),
            "Evidence": "PCC funding decision letter, 05/02/2021",
            "Updated by": "Head Of Service",
        },
        {
            "Date": date(2021, 2, 26),
            "Action": "5D",
            "RAG": "Good progress",
            "Commentary": (
                "Deep dives held with health (December) and education (February). The Chair "
                "has challenged partners on school exclusions and CAMHS waiting times, with "
                "actions tracked on the board's action log."
            ),
            "Evidence": "Board action log, February 2021",
            "Updated by": "Chair, Youth Justice Partnership Board",
        },
    ],
}
