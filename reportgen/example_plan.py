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
        "Author": "Head of Partnership Commissioning, Resources and Youth Justice",
    },
    "Inspection": {
        "Inspectorate": "HMIP",
        "Inspection start": date(2020, 2, 24),
        "Inspection end": date(2020, 2, 28),
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
                "RAG rating, whose symbols were lost."
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
}
