/**
 * Cues of stance, judgement and intention beyond speech: attribution corpora such as
 * PolNeAR count "X questioned Y", "X wants Y" and "X endorsed Y" as attributions with the
 * object as content. Each entry has the forms matched (no rule inflects them) and a
 * sentence of the kind it reads, which the tests run. Forms that are also common nouns
 * ("plan", "views", "issues", "rules") are left out: "The plan is linear" has no source.
 */
export interface CueEntry {
  lemma: string;
  forms: readonly string[];
  example: string;
  /** The content the example should give. */
  content: string;
}

export const STANCE_VERBS: readonly CueEntry[] = [
  { lemma: 'question', forms: ['questioned', 'questions', 'questioning'], example: 'The governor questioned whether the ferry contract was lawful.', content: 'whether the ferry contract was lawful' },
  { lemma: 'encourage', forms: ['encourage', 'encouraged', 'encourages', 'encouraging'], example: 'The mayor encouraged residents to leave the coast before the storm.', content: 'residents to leave the coast before the storm' },
  { lemma: 'endorse', forms: ['endorse', 'endorsed', 'endorses', 'endorsing'], example: 'The county paper endorsed the school levy on Sunday.', content: 'the school levy on Sunday' },
  { lemma: 'attack', forms: ['attacked', 'attacks', 'attacking'], example: 'The challenger attacked the incumbent over the bridge delays.', content: 'the incumbent over the bridge delays' },
  { lemma: 'blast', forms: ['blasted', 'blasts', 'blasting'], example: 'The union blasted the pension proposal as a betrayal.', content: 'the pension proposal as a betrayal' },
  { lemma: 'slam', forms: ['slammed', 'slams', 'slamming'], example: 'The senator slammed the agency for its slow response.', content: 'the agency for its slow response' },
  { lemma: 'praise', forms: ['praised', 'praises', 'praising'], example: 'The coach praised the volunteers who rebuilt the field.', content: 'the volunteers who rebuilt the field' },
  { lemma: 'defend', forms: ['defended', 'defends', 'defending'], example: 'The minister defended the tax on imported steel.', content: 'the tax on imported steel' },
  { lemma: 'blame', forms: ['blamed', 'blames', 'blaming'], example: 'The council blamed the contractor for the flooding.', content: 'the contractor for the flooding' },
  { lemma: 'support', forms: ['supports', 'supported'], example: 'The farmers’ group supports the new water rules.', content: 'the new water rules' },
  { lemma: 'oppose', forms: ['oppose', 'opposes', 'opposed', 'opposing'], example: 'The chamber of commerce opposes the wage increase.', content: 'the wage increase' },
  { lemma: 'reject', forms: ['reject', 'rejected', 'rejects', 'rejecting'], example: 'The board rejected the offer from the developer.', content: 'the offer from the developer' },
  { lemma: 'dismiss', forms: ['dismiss', 'dismissed', 'dismisses', 'dismissing'], example: 'The spokesman dismissed the report as speculation.', content: 'the report as speculation' },
  { lemma: 'echo', forms: ['echoed', 'echoes', 'echoing'], example: 'The deputy echoed the chief’s warning about fireworks.', content: 'the chief’s warning about fireworks' },
  { lemma: 'express', forms: ['expressed', 'expresses', 'expressing'], example: 'The neighbours expressed concern about the new quarry.', content: 'concern about the new quarry' },
  { lemma: 'decide', forms: ['decided', 'decides'], example: 'The committee decided to delay the vote until spring.', content: 'to delay the vote until spring' },
  { lemma: 'rule', forms: ['ruled'], example: 'The judge ruled that the ballots must be counted again.', content: 'that the ballots must be counted again' },
  { lemma: 'learn', forms: ['learned', 'learnt'], example: 'The Gazette has learned that the plant will close in May.', content: 'that the plant will close in May' },
  { lemma: 'think', forms: ['think', 'thought'], example: 'Most parents think the school day starts too early.', content: 'the school day starts too early' },
  { lemma: 'feel', forms: ['feels', 'felt'], example: 'The players felt the referee had ignored the fouls.', content: 'the referee had ignored the fouls' },
  { lemma: 'doubt', forms: ['doubts', 'doubted'], example: 'The auditor doubted the figures in the annual report.', content: 'the figures in the annual report' },
  { lemma: 'recognise', forms: ['recognized', 'recognizes', 'recognised', 'recognises'], example: 'The mayor recognized the need for more shelters.', content: 'the need for more shelters' },
  { lemma: 'mock', forms: ['mocked', 'mocks', 'mocking'], example: 'The comedian mocked the council’s parking plan.', content: 'the council’s parking plan' },
  { lemma: 'threaten', forms: ['threaten', 'threatened', 'threatens', 'threatening'], example: 'The landlord threatened to evict the tenants.', content: 'to evict the tenants' },
  { lemma: 'seek', forms: ['seeks', 'sought', 'seeking'], example: 'The family sought an apology from the hospital.', content: 'an apology from the hospital' },
  { lemma: 'promote', forms: ['promoted', 'promotes', 'promoting'], example: 'The candidate promoted her plan for rural broadband.', content: 'her plan for rural broadband' },
  { lemma: 'reference', forms: ['referenced', 'references', 'referencing'], example: 'The advert referenced the closure of the steel mill.', content: 'the closure of the steel mill' },
  { lemma: 'detail', forms: ['detailed', 'details'], example: 'The inspector detailed the failings at the care home.', content: 'the failings at the care home' },
  { lemma: 'document', forms: ['documented', 'documents'], example: 'The film documented the last days of the mine.', content: 'the last days of the mine' },
  { lemma: 'signal', forms: ['signaled', 'signalled', 'signals'], example: 'The bank signaled it would raise rates again.', content: 'it would raise rates again' },
  { lemma: 'highlight', forms: ['highlighted', 'highlights', 'highlighting'], example: 'The report highlighted gaps in rural bus services.', content: 'gaps in rural bus services' },
  { lemma: 'challenge', forms: ['challenged', 'challenges'], example: 'The opposition challenged the count in three districts.', content: 'the count in three districts' },
  { lemma: 'thank', forms: ['thanked', 'thanks', 'thanking'], example: 'The captain thanked the crowd for its patience.', content: 'the crowd for its patience' },
  { lemma: 'refuse', forms: ['refused', 'refuses'], example: 'The witness refused to answer the second question.', content: 'to answer the second question' },
  { lemma: 'decline', forms: ['declined', 'declines'], example: 'The company declined to comment on the lawsuit.', content: 'to comment on the lawsuit' },
  { lemma: 'charge', forms: ['charged', 'charges'], example: 'The opposition charged that the tender had been rigged.', content: 'that the tender had been rigged' },
  { lemma: 'liken', forms: ['likened', 'likens'], example: 'The critic likened the new stadium to a parking garage.', content: 'the new stadium to a parking garage' },
  { lemma: 'compare', forms: ['compared', 'compares', 'comparing'], example: 'The coach compared the referee to a traffic warden.', content: 'the referee to a traffic warden' },
  { lemma: 'press', forms: ['pressed', 'presses', 'pressing'], example: 'The reporters pressed the mayor on the budget shortfall.', content: 'the mayor on the budget shortfall' },
  { lemma: 'forecast', forms: ['forecast', 'forecasts'], example: 'The fund forecast slower growth for the coming year.', content: 'slower growth for the coming year' },
  { lemma: 'rail', forms: ['railed'], example: 'The candidate railed against the trade deal at every stop.', content: 'against the trade deal at every stop' },
  { lemma: 'discuss', forms: ['discussed', 'discusses'], example: 'The ministers discussed the grain shipments on Monday.', content: 'the grain shipments on Monday' },
  { lemma: 'address', forms: ['addressed'], example: 'The chief addressed the complaints about response times.', content: 'the complaints about response times' },
  { lemma: 'back', forms: ['backed', 'backs'], example: 'The teachers’ union backed the strike ballot.', content: 'the strike ballot' },
  { lemma: 'insist', forms: ['maintain'], example: 'The defendants maintain they were never at the warehouse.', content: 'they were never at the warehouse' },
  { lemma: 'want', forms: ['want'], example: 'Most residents want the old library kept open.', content: 'the old library kept open' },
  { lemma: 'plan', forms: ['planned'], example: 'The organisers planned to move the market to the harbour.', content: 'to move the market to the harbour' },
  { lemma: 'expect', forms: ['expect'], example: 'Forecasters expect heavy rain across the valley.', content: 'heavy rain across the valley' },
  { lemma: 'hope', forms: ['hoped'], example: 'The organisers hoped the rain would hold off.', content: 'the rain would hold off' },
  { lemma: 'describe', forms: ['describing', 'describe'], example: 'Witnesses describe a loud bang before the fire.', content: 'a loud bang before the fire' },
  { lemma: 'know', forms: ['knows', 'knew'], example: 'The coach knew the team needed a rest.', content: 'the team needed a rest' },
  { lemma: 'publish', forms: ['published', 'publishes'], example: 'The council published its spending figures on Friday.', content: 'its spending figures on Friday' },
  { lemma: 'release', forms: ['released'], example: 'The police released footage of the arrest.', content: 'footage of the arrest' },
  { lemma: 'issue', forms: ['issued'], example: 'The weather service issued a flood warning for the coast.', content: 'a flood warning for the coast' },
  { lemma: 'offer', forms: ['offered'], example: 'The minister offered no timetable for the repairs.', content: 'no timetable for the repairs' },
  { lemma: 'view', forms: ['viewed'], example: 'The group viewed the merger as a threat to jobs.', content: 'the merger as a threat to jobs' },
  { lemma: 'investigate', forms: ['investigating', 'investigated'], example: 'The regulator is investigating the sale of the land.', content: 'the sale of the land' },
  { lemma: 'consider', forms: ['considers', 'considered', 'considering'], example: 'The board is considering a second runway.', content: 'a second runway' },
  { lemma: 'worry', forms: ['worried'], example: 'The parents worried the crossing was unsafe.', content: 'the crossing was unsafe' },
  { lemma: 'praise', forms: ['hailed', 'hails'], example: 'The editorial hailed the ruling as a victory for tenants.', content: 'the ruling as a victory for tenants' },
  { lemma: 'unveil', forms: ['unveiled', 'unveils'], example: 'The mayor unveiled a plan for cheaper buses.', content: 'a plan for cheaper buses' },
  { lemma: 'pledge', forms: ['committed'], example: 'The company committed to cutting its emissions by half.', content: 'to cutting its emissions by half' },
  { lemma: 'call', forms: ['call'], example: 'The fans call him the best keeper in the league.', content: 'the best keeper in the league' },
  { lemma: 'blame', forms: ['blame'], example: 'Many drivers blame the roadworks for the delays.', content: 'the roadworks for the delays' },
  { lemma: 'fear', forms: ['fear'], example: 'Shopkeepers fear the new bypass will empty the high street.', content: 'the new bypass will empty the high street' },
  { lemma: 'discuss', forms: ['discuss'], example: 'The ministers will discuss the grain shipments on Monday.', content: 'the grain shipments on Monday' },
  { lemma: 'appear', forms: ['appeared'], example: 'The coach appeared to blame the referee for the defeat.', content: 'to blame the referee for the defeat' },
  { lemma: 'respond', forms: ['respond'], example: 'The company did not immediately respond to requests for comment.', content: 'to requests for comment' },
  { lemma: 'understand', forms: ['understood', 'understands'], example: 'The organisers understood the risks of an outdoor concert.', content: 'the risks of an outdoor concert' },
  { lemma: 'unleash', forms: ['unleashed'], example: 'The candidate unleashed a string of insults at the rally.', content: 'a string of insults at the rally' },
  { lemma: 'debate', forms: ['debated'], example: 'Historians have long debated the causes of the riot.', content: 'the causes of the riot' },
  { lemma: 'echo', forms: ['echo'], example: 'Several councillors echo her concerns about the budget.', content: 'her concerns about the budget' },
  { lemma: 'decline', forms: ['decline'], example: 'The judges may decline to hear the appeal.', content: 'to hear the appeal' },
  { lemma: 'dispute', forms: ['disputed', 'disputes'], example: 'The landlord disputed the tenants’ account of the fire.', content: 'the tenants’ account of the fire' },
  { lemma: 'implore', forms: ['implore', 'implored', 'implores'], example: 'Two nurses implored the board to keep the ward open.', content: 'the board to keep the ward open' },
  { lemma: 'condemn', forms: ['condemn', 'condemned', 'condemns', 'condemning'], example: 'The bishop condemned the attack on the mosque.', content: 'the attack on the mosque' },
  { lemma: 'denounce', forms: ['denounce', 'denounced', 'denounces', 'denouncing'], example: 'The union denounced the closure of the depot.', content: 'the closure of the depot' },
  { lemma: 'applaud', forms: ['applaud', 'applauded', 'applauds', 'applauding'], example: 'The governor applauded the volunteers for their work.', content: 'the volunteers for their work' },
  { lemma: 'welcome', forms: ['welcomed', 'welcomes'], example: 'The fishermen welcomed the new quota rules.', content: 'the new quota rules' },
  { lemma: 'lament', forms: ['lament', 'lamented', 'laments', 'lamenting'], example: 'The coach lamented the loss of two key players.', content: 'the loss of two key players' },
  { lemma: 'bemoan', forms: ['bemoan', 'bemoaned', 'bemoans', 'bemoaning'], example: 'The owner bemoaned the rising cost of flour.', content: 'the rising cost of flour' },
  { lemma: 'decry', forms: ['decry', 'decried', 'decries', 'decrying'], example: 'The senator decried the cuts to rural clinics.', content: 'the cuts to rural clinics' },
  { lemma: 'lambaste', forms: ['lambaste', 'lambasted', 'lambastes', 'lambasting'], example: 'The editorial lambasted the council for the delay.', content: 'the council for the delay' },
  { lemma: 'rebuke', forms: ['rebuke', 'rebuked', 'rebukes'], example: 'The judge rebuked the lawyers for the late filing.', content: 'the lawyers for the late filing' },
  { lemma: 'ridicule', forms: ['ridicule', 'ridiculed', 'ridicules'], example: 'The rival ridiculed the plan as a fantasy.', content: 'the plan as a fantasy' },
  { lemma: 'tout', forms: ['touted', 'touts', 'touting'], example: 'The mayor touted the drop in burglaries.', content: 'the drop in burglaries' },
  { lemma: 'brag', forms: ['bragged', 'brags', 'bragging'], example: 'The owner bragged about the record harvest.', content: 'about the record harvest' },
  { lemma: 'advocate', forms: ['advocated', 'advocating'], example: 'The panel advocated a ban on night flights.', content: 'a ban on night flights' },
  { lemma: 'recommend', forms: ['recommend', 'recommended', 'recommends', 'recommending'], example: 'The auditors recommended a review of the contracts.', content: 'a review of the contracts' },
  { lemma: 'speculate', forms: ['speculate', 'speculated', 'speculates', 'speculating'], example: 'The broker speculated that rates would fall in spring.', content: 'that rates would fall in spring' },
  { lemma: 'wonder', forms: ['wondered'], example: 'The neighbours wondered whether the mill would reopen.', content: 'whether the mill would reopen' },
  { lemma: 'anticipate', forms: ['anticipate', 'anticipated', 'anticipates'], example: 'The organisers anticipated a crowd of ten thousand.', content: 'a crowd of ten thousand' },
  { lemma: 'apologise', forms: ['apologized', 'apologizes', 'apologised', 'apologises'], example: 'The airline apologized for the cancelled flights.', content: 'for the cancelled flights' },
  { lemma: 'congratulate', forms: ['congratulated', 'congratulates'], example: 'The minister congratulated the rowers on their win.', content: 'the rowers on their win' },
  { lemma: 'commend', forms: ['commended', 'commends'], example: 'The inspector commended the staff for their care.', content: 'the staff for their care' },
  { lemma: 'disclose', forms: ['disclosed', 'discloses'], example: 'The firm disclosed losses of two million pounds.', content: 'losses of two million pounds' },
  { lemma: 'reiterate', forms: ['reiterated', 'reiterates', 'reiterating'], example: 'The coach reiterated his support for the captain.', content: 'his support for the captain' },
  { lemma: 'reaffirm', forms: ['reaffirmed', 'reaffirms', 'reaffirming'], example: 'The league reaffirmed its ban on standing terraces.', content: 'its ban on standing terraces' },
  // Not "voices": the noun is far more common ("voices from the crowd").
  { lemma: 'voice', forms: ['voiced', 'voicing'], example: 'The growers voiced alarm at the price of fertiliser.', content: 'alarm at the price of fertiliser' },
  { lemma: 'convey', forms: ['conveyed', 'conveys', 'conveying'], example: 'The envoy conveyed the king’s thanks to the rescuers.', content: 'the king’s thanks to the rescuers' },
  { lemma: 'underscore', forms: ['underscored', 'underscores'], example: 'The flood underscored the need for new levees.', content: 'the need for new levees' },
  { lemma: 'characterise', forms: ['characterized', 'characterizes', 'characterised', 'characterises'], example: 'The prosecutor characterized the fraud as systematic.', content: 'the fraud as systematic' },
  { lemma: 'brand', forms: ['branded'], example: 'The opposition branded the budget a betrayal.', content: 'the budget a betrayal' },
  { lemma: 'dub', forms: ['dubbed'], example: 'The fans dubbed the new stand a barn.', content: 'the new stand a barn' },
  { lemma: 'exhort', forms: ['exhorted', 'exhorts'], example: 'The captain exhorted the crew to row harder.', content: 'the crew to row harder' },
];

/**
 * Cues of more than one word, matched as written: a verb whose meaning as a cue needs its
 * particle ("spoke about" the museum, "weighed in" on the video).
 */
export const STANCE_PHRASES: readonly { phrase: string; example: string; content: string }[] = [
  { phrase: 'spoke about', example: 'The principal spoke about the new timetable.', content: 'the new timetable' },
  { phrase: 'spoke of', example: 'The widow spoke of the long wait for news.', content: 'the long wait for news' },
  { phrase: 'spoken about', example: 'The chief has spoken about the need for more patrols.', content: 'the need for more patrols' },
  { phrase: 'spoken of', example: 'The widow has often spoken of the long wait for news.', content: 'the long wait for news' },
  { phrase: 'spoke out', example: 'The bishop spoke out against the eviction.', content: 'against the eviction' },
  { phrase: 'talked about', example: 'The candidate talked about rural broadband.', content: 'rural broadband' },
  { phrase: 'weighed in', example: 'Other councillors weighed in on whether the pool should close.', content: 'on whether the pool should close' },
  { phrase: 'laid out', example: 'The minister laid out her plan for the railways.', content: 'her plan for the railways' },
  { phrase: 'made the case', example: 'The coach made the case for a bigger squad.', content: 'for a bigger squad' },
  { phrase: 'lashed out at', example: 'The striker lashed out at the referee after the game.', content: 'the referee after the game' },
  { phrase: 'took aim at', example: 'The governor took aim at the utility over its prices.', content: 'the utility over its prices' },
  { phrase: 'took issue with', example: 'The auditor took issue with the hospital’s figures.', content: 'the hospital’s figures' },
  { phrase: 'pushed back on', example: 'The mayor pushed back on the report about the pool.', content: 'the report about the pool' },
  { phrase: 'pushed back against', example: 'The union pushed back against the longer shifts.', content: 'the longer shifts' },
  { phrase: 'doubled down on', example: 'The senator doubled down on her call for a recount.', content: 'her call for a recount' },
  { phrase: 'doubling down on', example: 'The senator is doubling down on her call for a recount.', content: 'her call for a recount' },
  { phrase: 'came out against', example: 'The farmers came out against the new pylons.', content: 'the new pylons' },
  { phrase: 'came out in favor of', example: 'The paper came out in favor of the stadium.', content: 'the stadium' },
  { phrase: 'called out', example: 'The coach called out the fans who booed.', content: 'the fans who booed' },
  // "Made (it) clear" states a view as firmly as "said"; the clause after it is the content, with or without "that".
  { phrase: 'made it clear', example: 'The chief made it clear the patrols would continue.', content: 'the patrols would continue' },
  { phrase: 'made clear', example: 'The mayor made clear that the pool would stay shut.', content: 'that the pool would stay shut' },
  { phrase: 'makes it clear', example: 'The letter makes it clear the school will not reopen.', content: 'the school will not reopen' },
  { phrase: 'makes clear', example: 'The report makes clear that the bridge was unsafe.', content: 'that the bridge was unsafe' },
  // "Stopped short of" a speech act still takes a stand on its object: what the source would not go as far as saying.
  { phrase: 'stopped short of', example: 'The mayor stopped short of blaming the ferry company for the delays.', content: 'blaming the ferry company for the delays' },
  { phrase: 'stops short of', example: 'The report stops short of naming the contractor.', content: 'naming the contractor' },
];

/**
 * Verbs that raise their subject out of an attributed clause: "The vote is expected to be
 * close", "The plan seems too risky". Attribution corpora mark the subject and the
 * complement as the content, with no source; the rule `raising` reads them.
 */
export const RAISING_VERBS: readonly { form: string; example: string; content: string[] }[] = [
  { form: 'expected', example: 'The ferry is expected to resume sailing on Monday.', content: ['The ferry', 'to resume sailing on Monday'] },
  { form: 'seems', example: 'The new timetable seems too tight for the drivers.', content: ['The new timetable', 'too tight for the drivers'] },
  { form: 'seem', example: 'The tenants seem confident they will win the case.', content: ['The tenants', 'confident they will win the case'] },
  { form: 'seemed', example: 'The agreement seemed to settle the dispute.', content: ['The agreement', 'to settle the dispute'] },
  { form: 'appears', example: 'The bridge appears to need more repairs.', content: ['The bridge', 'to need more repairs'] },
];

/**
 * Verbs of knowing, believing and judging in their bare present form, which attribute their
 * object to a plural or first- or second-person subject: "Many economists suspect the losses
 * were inflated", "I know the risks", "we recognize the danger". A common-noun subject must end
 * in one of SOURCE_NOUNS, as for the subject-verb rule's other verbs. The -s and -ed forms are
 * read by the subject-verb rule as any finite verb; these bare forms are not, because after
 * a plural subject most bare verbs attribute nothing ("Most residents live near the coast").
 * With "I", "we" and "you" only these verbs make an attribution.
 */
export const ATTITUDE_VERBS: readonly { form: string; example: string; content: string }[] = [
  { form: 'know', example: 'I know the risks of building on the flood plain.', content: 'the risks of building on the flood plain' },
  { form: 'believe', example: 'We believe the council acted in good faith.', content: 'the council acted in good faith' },
  { form: 'think', example: 'I think the new stadium is too expensive.', content: 'the new stadium is too expensive' },
  { form: 'suspect', example: 'Many economists suspect the losses were inflated.', content: 'the losses were inflated' },
  { form: 'doubt', example: 'Some economists doubt the figures in the budget.', content: 'the figures in the budget' },
  { form: 'question', example: 'Some councillors, however, question the cost of the new bridge.', content: 'the cost of the new bridge' },
  { form: 'recognize', example: 'We recognize the danger the new road poses to cyclists.', content: 'the danger the new road poses to cyclists' },
  { form: 'recognise', example: 'We recognise the danger the new road poses to cyclists.', content: 'the danger the new road poses to cyclists' },
  { form: 'assume', example: 'You assume the water is safe to drink.', content: 'the water is safe to drink' },
  { form: 'imagine', example: 'I imagine the vote will be close.', content: 'the vote will be close' },
  { form: 'understand', example: 'We understand the frustration of the tenants.', content: 'the frustration of the tenants' },
  { form: 'agree', example: 'Most analysts agree the plan would favour the rich.', content: 'the plan would favour the rich' },
  { form: 'disagree', example: 'Many parents disagree with the new exam rules.', content: 'with the new exam rules' },
  { form: 'prefer', example: 'Most residents prefer the early train to the bus.', content: 'the early train to the bus' },
  { form: 'favor', example: 'Many residents favor a ban on night flights.', content: 'a ban on night flights' },
  { form: 'favour', example: 'Many residents favour a ban on night flights.', content: 'a ban on night flights' },
  { form: 'support', example: 'Most voters support the new water rules.', content: 'the new water rules' },
  { form: 'oppose', example: 'Several unions oppose the longer shifts.', content: 'the longer shifts' },
  { form: 'reject', example: 'Most voters reject the idea of a second ballot.', content: 'the idea of a second ballot' },
  { form: 'accept', example: 'We accept the findings of the inquiry.', content: 'the findings of the inquiry' },
  { form: 'wish', example: 'We wish the candidates would talk about housing.', content: 'the candidates would talk about housing' },
  { form: 'worry', example: 'Many parents worry the crossing is unsafe.', content: 'the crossing is unsafe' },
  { form: 'expect', example: 'We expect the ferry to resume in May.', content: 'the ferry to resume in May' },
  { form: 'predict', example: 'Most economists predict a mild winter for the region.', content: 'a mild winter for the region' },
  { form: 'acknowledge', example: 'We acknowledge the delays were our fault.', content: 'the delays were our fault' },
  { form: 'fathom', example: 'I cannot fathom how the contract was approved.', content: 'how the contract was approved' },
  { form: 'express', example: 'Some councillors privately express doubts about the deal.', content: 'doubts about the deal' },
];

/**
 * Adverbs of hearsay that attribute their clause to an unnamed source: "The driver allegedly
 * ran the light", "The campaign is reportedly scrambling for volunteers". Read like raising
 * verbs: the subject and the predicate after the adverb are the content, with no source.
 * "Apparently" is left out: it marks the writer's inference more often than a report.
 */
export const HEARSAY_ADVERBS: readonly { form: string; example: string; content: string[] }[] = [
  { form: 'allegedly', example: 'The driver allegedly ran a red light near the school.', content: ['The driver', 'ran a red light near the school'] },
  { form: 'reportedly', example: 'The club reportedly offered the coach a new contract.', content: ['The club', 'offered the coach a new contract'] },
  { form: 'purportedly', example: 'The letter purportedly came from the minister’s office.', content: ['The letter', 'came from the minister’s office'] },
  { form: 'supposedly', example: 'The fund supposedly paid for the new roof.', content: ['The fund', 'paid for the new roof'] },
];

/**
 * Verbs of choosing and judging whose subject is a share of those polled: "46 percent would
 * choose the mayor", "12 percent prefer the Green candidate", "a third support the levy" is
 * left out (no figure). The rule `poll-share` reads every share in a sentence; the share as
 * written ("46 percent") is the source. Verbs of perceiving ("see") are left out: "the top
 * 1 percent would see a tax cut" is a figure, not a view.
 */
export const POLL_VERBS: readonly { form: string; example: string; content: string }[] = [
  { form: 'choose', example: 'Among likely voters, 46 percent would choose the mayor.', content: 'the mayor' },
  { form: 'chose', example: 'In the primary, 30 percent chose the outsider.', content: 'the outsider' },
  { form: 'back', example: 'Asked about the bridge, 44 percent would back a toll.', content: 'a toll' },
  { form: 'backed', example: 'In March, 52 percent backed the new stadium.', content: 'the new stadium' },
  { form: 'prefer', example: 'Only 5 percent prefer the independent candidate.', content: 'the independent candidate' },
  { form: 'preferred', example: 'Last year 40 percent preferred a later start.', content: 'a later start' },
  { form: 'support', example: 'Another 12 percent support the Green Party’s nominee.', content: 'the Green Party’s nominee' },
  { form: 'supported', example: 'In May, 61 percent supported the school levy.', content: 'the school levy' },
  { form: 'favor', example: 'Of the farmers polled, 58 percent favor the water rules.', content: 'the water rules' },
  { form: 'favour', example: 'Of the farmers polled, 58 percent favour the water rules.', content: 'the water rules' },
  { form: 'oppose', example: 'By contrast, 35 percent oppose the merger.', content: 'the merger' },
  { form: 'opposed', example: 'In June, 35 percent opposed the merger.', content: 'the merger' },
  { form: 'approve', example: 'Today 48 percent approve of the governor’s handling of the flood.', content: 'of the governor’s handling of the flood' },
  { form: 'disapprove', example: 'Today 47 percent disapprove of the governor’s handling of the flood.', content: 'of the governor’s handling of the flood' },
  { form: 'say', example: 'Among parents, 63 percent say the school day starts too early.', content: 'the school day starts too early' },
  { form: 'think', example: 'Of those polled, 70 percent think the tax is unfair.', content: 'the tax is unfair' },
  { form: 'believe', example: 'Of those polled, 55 percent believe the count was fair.', content: 'the count was fair' },
  { form: 'want', example: 'Among residents, 64 percent want the library kept open.', content: 'the library kept open' },
  { form: 'trust', example: 'Only 20 percent trust the council on housing.', content: 'the council on housing' },
  { form: 'agree', example: 'Of the nurses polled, 81 percent agree the ward is understaffed.', content: 'the ward is understaffed' },
  { form: 'disagree', example: 'Of the nurses polled, 9 percent disagree with the plan.', content: 'with the plan' },
];

/**
 * Nouns of criticism and doubt that a subject faces or draws, the critics unnamed: "The council
 * has faced sharp criticism for the late repairs", "The mayor faced questions about the
 * contract". The rule `faced-criticism` reads what follows "for", "about" or "over" as the
 * content, with no source. "From" is left out: it names the source, and "drew fire from the
 * rivals" is as often a report of a reaction as an attribution.
 */
export const FACED_NOUNS: readonly { noun: string; example: string; content: string }[] = [
  { noun: 'criticism', example: 'The council has faced sharp criticism for the late repairs.', content: 'the late repairs' },
  { noun: 'questions', example: 'The mayor has faced questions about the harbour contract.', content: 'the harbour contract' },
  { noun: 'scrutiny', example: 'The charity faced new scrutiny over its spending on travel.', content: 'its spending on travel' },
  { noun: 'accusations', example: 'The coach faced accusations of favouritism over the team selection.', content: 'the team selection' },
  { noun: 'allegations', example: 'The firm faces allegations about its safety record.', content: 'its safety record' },
  { noun: 'calls', example: 'The minister faced calls for her resignation.', content: 'her resignation' },
  { noun: 'fire', example: 'The landlord drew fire for the rent increases.', content: 'the rent increases' },
  { noun: 'backlash', example: 'The club faced a backlash over the ticket prices.', content: 'the ticket prices' },
];

/**
 * Participles that attribute their subject to the agent after "by" when they are not cues
 * themselves: "The fine was imposed by the regulator", "The ruling was overturned by an
 * appeals court". Every cue form (reported, endorsed, echoed ...) counts as well.
 */
export const PASSIVE_BY_PARTICIPLES: readonly { form: string; example: string }[] = [
  { form: 'imposed', example: 'The curfew was imposed by the city council.' },
  { form: 'overturned', example: 'The ban was overturned by an appeals court.' },
  { form: 'seconded', example: 'The motion was seconded by the treasurer.' },
  { form: 'authorized', example: 'The strike was authorized by the union board.' },
  { form: 'authorised', example: 'The strike was authorised by the union board.' },
  { form: 'decided', example: 'The case will be decided by the supreme court.' },
  { form: 'supported', example: 'The bill is supported by most farmers.' },
  { form: 'opposed', example: 'The bill is opposed by the teachers’ union.' },
  { form: 'ordered', example: 'The recount was ordered by the election board.' },
  { form: 'approved', example: 'The budget was approved by the assembly.' },
];

/**
 * Participles of saying and judging whose passive names what was said or judged with no
 * source: "The senator was accused of hiding the loans". The rule `agentless-passive` reads
 * them; the subject and what follows the participle are the content. Acts such as
 * "released" or "offered" are left out: "She was released from prison" attributes nothing.
 */
export const AGENTLESS_PARTICIPLES: readonly { form: string; example: string; content: string[] }[] = [
  { form: 'accused', example: 'The treasurer was accused of moving the funds abroad.', content: ['The treasurer', 'of moving the funds abroad'] },
  { form: 'charged', example: 'The driver was charged with reckless endangerment.', content: ['The driver', 'with reckless endangerment'] },
  { form: 'announced', example: 'A new ferry timetable was announced for the winter.', content: ['A new ferry timetable', 'for the winter'] },
  { form: 'reported', example: 'Two more cases were reported in the northern district.', content: ['Two more cases', 'in the northern district'] },
  { form: 'mentioned', example: 'The deputy mayor has been mentioned as a possible successor.', content: ['The deputy mayor', 'as a possible successor'] },
  { form: 'described', example: 'The bridge was described as unsafe for heavy lorries.', content: ['The bridge', 'as unsafe for heavy lorries'] },
  { form: 'criticized', example: 'The council has been criticized for the late repairs.', content: ['The council', 'for the late repairs'] },
  { form: 'criticised', example: 'The council has been criticised for the late repairs.', content: ['The council', 'for the late repairs'] },
  { form: 'considered', example: 'The harbour plan is considered too costly.', content: ['The harbour plan', 'too costly'] },
  { form: 'defined', example: 'A small farm is defined as one with fewer than ten cows.', content: ['A small farm', 'as one with fewer than ten cows'] },
  { form: 'asked', example: 'The coach was asked how the team would cope.', content: ['The coach', 'how the team would cope'] },
  { form: 'told', example: 'The tenants were told to leave by Friday.', content: ['The tenants', 'to leave by Friday'] },
  { form: 'believed', example: 'The painting is believed to be a forgery.', content: ['The painting', 'to be a forgery'] },
  { form: 'thought', example: 'The wreck is thought to date from the 1700s.', content: ['The wreck', 'to date from the 1700s'] },
  { form: 'alleged', example: 'The firm is alleged to have hidden the losses.', content: ['The firm', 'to have hidden the losses'] },
  { form: 'suspected', example: 'The clerk is suspected of forging the permits.', content: ['The clerk', 'of forging the permits'] },
  { form: 'viewed', example: 'The vote is viewed as a test for the coalition.', content: ['The vote', 'as a test for the coalition'] },
  { form: 'regarded', example: 'The judge is regarded as a moderate.', content: ['The judge', 'as a moderate'] },
  { form: 'deemed', example: 'The stadium was deemed unsafe after the storm.', content: ['The stadium', 'unsafe after the storm'] },
  { form: 'labeled', example: 'The protest was labeled a riot in the first reports.', content: ['The protest', 'a riot in the first reports'] },
  { form: 'labelled', example: 'The protest was labelled a riot in the first reports.', content: ['The protest', 'a riot in the first reports'] },
  { form: 'determined', example: 'The fire was determined to have started in the kitchen.', content: ['The fire', 'to have started in the kitchen'] },
  { form: 'blamed', example: 'The outage was blamed on a faulty cable.', content: ['The outage', 'on a faulty cable'] },
  { form: 'condemned', example: 'The attack was condemned as cowardly.', content: ['The attack', 'as cowardly'] },
];

/**
 * Nouns of a view or an account that, owned by a source in an opening "In ..." or "By ..." phrase, attribute the rest of
 * the sentence to it as "according to" does: "In the mayor's view, the pier is unsafe", "By his own account, he never
 * saw the memo", "In the words of one councillor, the toll is a tax on the poor". The rule `source-adjunct` reads them.
 */
export const SOURCE_ADJUNCT_NOUNS: readonly { noun: string; example: string; content: string }[] = [
  { noun: 'view', example: "In the mayor's view, the pier is unsafe.", content: 'the pier is unsafe' },
  { noun: 'opinion', example: 'In her opinion, the toll is a tax on the poor.', content: 'the toll is a tax on the poor' },
  { noun: 'words', example: 'In the words of one councillor, the deal was a giveaway.', content: 'the deal was a giveaway' },
  { noun: 'estimation', example: "In the auditor's estimation, the repairs will cost twice as much.", content: 'the repairs will cost twice as much' },
  { noun: 'judgment', example: 'In their judgment, the bridge should close.', content: 'the bridge should close' },
  { noun: 'account', example: 'By his own account, he never saw the memo.', content: 'he never saw the memo' },
  { noun: 'admission', example: "By Ruiz's own admission, the pier was never inspected.", content: 'the pier was never inspected' },
  { noun: 'estimate', example: "By the union's estimate, 300 jobs are at risk.", content: '300 jobs are at risk' },
  { noun: 'reckoning', example: 'By her reckoning, the fund will run dry in May.', content: 'the fund will run dry in May' },
  { noun: 'count', example: "By the council's count, 40 boats were lost.", content: '40 boats were lost' },
];

/**
 * Nouns of decision, statement and stance that, after a possessive or a possessive pronoun,
 * attribute what follows them to the possessor: "the mayor's decision to close the pool", "the
 * bank's estimate of growth", "his determination to act alone". The rule `possessive-noun`
 * reads them; "that" after such nouns is the that-clause rule's.
 */
export const POSSESSED_NOUNS: readonly { noun: string; example: string; content: string }[] = [
  { noun: 'effort', example: "The council's effort to save the library won support.", content: 'to save the library won support' },
  { noun: 'decision', example: "The mayor's decision to close the pool angered swimmers.", content: 'to close the pool angered swimmers' },
  { noun: 'announcement', example: "The club's announcement of a new stadium surprised fans.", content: 'of a new stadium surprised fans' },
  { noun: 'estimate', example: "The bank's estimate of growth for next year is 2 percent.", content: 'of growth for next year is 2 percent' },
  { noun: 'plan', example: "The council's plan to sell the park has been shelved.", content: 'to sell the park has been shelved' },
  { noun: 'proposal', example: "The minister's proposal to raise fares was rejected.", content: 'to raise fares was rejected' },
  { noun: 'promise', example: "The governor's promise to fix the roads went unmet.", content: 'to fix the roads went unmet' },
  { noun: 'pledge', example: "The company's pledge to cut emissions drew praise.", content: 'to cut emissions drew praise' },
  { noun: 'call', example: "The union's call for a strike split its members.", content: 'for a strike split its members' },
  { noun: 'refusal', example: "The witness's refusal to testify delayed the trial.", content: 'to testify delayed the trial' },
  { noun: 'criticism', example: "The auditor's criticism of the accounts was sharp.", content: 'of the accounts was sharp' },
  { noun: 'endorsement', example: "The paper's endorsement of the challenger made headlines.", content: 'of the challenger made headlines' },
  { noun: 'nominee', example: "The party's nominee for mayor is a former teacher.", content: 'for mayor is a former teacher' },
  { noun: 'choice', example: "The board's choice of a new chief was unanimous.", content: 'of a new chief was unanimous' },
  { noun: 'threat', example: "The landlord's threat to evict the tenants was withdrawn.", content: 'to evict the tenants was withdrawn' },
  { noun: 'demand', example: "The workers' demand for higher pay was met.", content: 'for higher pay was met' },
  { noun: 'determination', example: 'His determination to rebuild the pier won over the council.', content: 'to rebuild the pier won over the council' },
  { noun: 'eagerness', example: "The coach's eagerness to play the young striker surprised nobody.", content: 'to play the young striker surprised nobody' },
  { noun: 'promises', example: 'Her promises to cut bus fares were never kept.', content: 'to cut bus fares were never kept' },
  { noun: 'comment', example: "The minister's comment about rural schools drew complaints.", content: 'about rural schools drew complaints' },
  { noun: 'comments', example: 'Their comments on the flood defences were ignored.', content: 'on the flood defences were ignored' },
  { noun: 'remarks', example: "The bishop's remarks about the eviction angered the landlord.", content: 'about the eviction angered the landlord' },
  { noun: 'theory', example: 'His theory of the crash was rejected by the inspectors.', content: 'of the crash was rejected by the inspectors' },
  { noun: 'admission', example: "The firm's own admission of the errors came late.", content: 'of the errors came late' },
  { noun: 'acknowledgment', example: 'Her acknowledgment of the delays came too late for the tenants.', content: 'of the delays came too late for the tenants' },
  { noun: 'message', example: 'His message of restraint was welcomed in the valley.', content: 'of restraint was welcomed in the valley' },
  { noun: 'views', example: "The mayor's views on the harbour plan are well known.", content: 'on the harbour plan are well known' },
  { noun: 'view', example: 'Her view of the merger has not changed.', content: 'of the merger has not changed' },
  { noun: 'position', example: "The union's position on night shifts is firm.", content: 'on night shifts is firm' },
  { noun: 'argument', example: 'Their argument for a later start persuaded the board.', content: 'for a later start persuaded the board' },
  { noun: 'claims', example: "The builder's claims about the foundations were false.", content: 'about the foundations were false' },
  { noun: 'claim', example: 'His claim of a stolen ballot box was never proved.', content: 'of a stolen ballot box was never proved' },
  { noun: 'insistence', example: "The chief's insistence on more patrols paid off.", content: 'on more patrols paid off' },
  { noun: 'hopes', example: "The club's hopes of a new stadium have faded.", content: 'of a new stadium have faded' },
  { noun: 'intention', example: 'Their intention to strike was announced on Monday.', content: 'to strike was announced on Monday' },
  { noun: 'vow', example: "The governor's vow to fix the roads went unmet.", content: 'to fix the roads went unmet' },
  { noun: 'warning', example: "The doctor's warning about the heat was repeated on the radio.", content: 'about the heat was repeated on the radio' },
  { noun: 'assessment', example: "The auditor's assessment of the accounts was harsh.", content: 'of the accounts was harsh' },
  { noun: 'support', example: 'Their support for the levy surprised the council.', content: 'for the levy surprised the council' },
  { noun: 'opposition', example: "The farmers' opposition to the pylons has grown.", content: 'to the pylons has grown' },
  { noun: 'attacks', example: "The senator's attacks on the agency grew sharper.", content: 'on the agency grew sharper' },
  { noun: 'obsession', example: 'His obsession with the old harbour is well known.', content: 'with the old harbour is well known' },
  { noun: 'bet', example: "The party's bet on younger voters paid off.", content: 'on younger voters paid off' },
  { noun: 'reaction', example: "The coach's reaction to the defeat was calm.", content: 'to the defeat was calm' },
  { noun: 'ideas', example: 'Her ideas about school meals spread to other towns.', content: 'about school meals spread to other towns' },
  { noun: 'plans', example: "The council's plans for the old mill were shelved.", content: 'for the old mill were shelved' },
  { noun: 'calls', example: 'Their calls for a recount went unanswered.', content: 'for a recount went unanswered' },
  { noun: 'stance', example: "The paper's stance on the bypass has softened.", content: 'on the bypass has softened' },
  { noun: 'accusation', example: "The rival's accusation of fraud was dismissed.", content: 'of fraud was dismissed' },
  { noun: 'accusations', example: 'Her accusations of bias were heard by the panel.', content: 'of bias were heard by the panel' },
  { noun: 'complaint', example: "The tenant's complaint about the damp was upheld.", content: 'about the damp was upheld' },
  { noun: 'complaints', example: 'Their complaints about the noise reached the mayor.', content: 'about the noise reached the mayor' },
  { noun: 'request', example: "The family's request for an inquiry was granted.", content: 'for an inquiry was granted' },
  { noun: 'suggestion', example: 'His suggestion of a toll was unpopular.', content: 'of a toll was unpopular' },
  { noun: 'recommendation', example: "The panel's recommendation to close the ward was accepted.", content: 'to close the ward was accepted' },
  { noun: 'prediction', example: "The forecaster's prediction of a mild winter proved wrong.", content: 'of a mild winter proved wrong' },
  { noun: 'denial', example: 'Her denial of the charges was brief.', content: 'of the charges was brief' },
  { noun: 'desire', example: "The owner's desire to sell the club is no secret.", content: 'to sell the club is no secret' },
  { noun: 'vision', example: 'His vision for the waterfront includes a park.', content: 'for the waterfront includes a park' },
  { noun: 'rhetoric', example: "The candidate's rhetoric about crime alarmed the police.", content: 'about crime alarmed the police' },
  { noun: 'concerns', example: "The nurses' concerns about staffing were raised again.", content: 'about staffing were raised again' },
  { noun: 'doubts', example: 'Their doubts about the bridge were justified.', content: 'about the bridge were justified' },
  { noun: 'fears', example: "The residents' fears of flooding returned with the rain.", content: 'of flooding returned with the rain' },
  { noun: 'praise', example: 'Her praise for the volunteers was warm.', content: 'for the volunteers was warm' },
  { noun: 'proposals', example: "The minister's proposals for cheaper rail fares were debated.", content: 'for cheaper rail fares were debated' },
];

/**
 * Finite verbs that open a clause after a name without attributing anything to it: being,
 * having, motion, office and money ("Trump visited the plant", "She served two terms").
 * The rule `subject-verb` never fires on them; the list was read from the misses and false
 * hits of that rule on attribution-corpus development text.
 */
export const NOT_ATTRIBUTING_VERBS: ReadonlySet<string> = new Set([
  'visited', 'visits', 'arrived', 'returned', 'returns', 'traveled', 'travelled', 'travels', 'joined', 'joins', 'held', 'holds', 'led', 'leads',
  'served', 'serves', 'worked', 'works', 'lived', 'lives', 'died', 'owns', 'owned', 'paid', 'pays', 'spent', 'spends', 'raised', 'raises',
  'received', 'receives', 'earned', 'earns', 'gets', 'needs', 'needed', 'remains', 'remained', 'became', 'becomes', 'includes', 'included',
  'started', 'starts', 'ended', 'ends', 'uses', 'used', 'faces', 'faced', 'heads', 'headed', 'represents', 'represented', 'attended', 'attends',
  'entered', 'enters', 'opened', 'opens', 'closed', 'closes', 'moved', 'moves', 'walked', 'walks', 'hosted', 'hosts', 'hired', 'hires',
  'appears', 'appeared', 'seems', 'seemed', 'looks', 'looked', 'sounds', 'sounded', 'happens', 'happened', 'contains', 'contained',
  'runs', 'won', 'wins', 'lost', 'loses', 'finished', 'finishes', 'reached', 'reaches', 'passed', 'passes', 'killed', 'kills', 'shot',
  'kept', 'keeps', 'wears', 'wore', 'drove', 'drives', 'flew', 'flies', 'stayed', 'stays', 'missed', 'misses', 'played', 'plays',
  'graduated', 'occupies', 'occupied', 'paused', 'assumed', 'collected', 'awarded',
]);

/**
 * Nouns for people and bodies that hold views and act: a common-noun subject ending in one
 * ("The city sent a letter", "Many experts signed the appeal", "The two campaigns traded barbs")
 * is a source without being a named entity. Things and events ("the storm", "the plan") are
 * not listed, so their clauses stay unattributed.
 */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'city', 'state', 'states', 'county', 'government', 'administration', 'campaign', 'campaigns', 'committee', 'council', 'court', 'courts',
  'judge', 'judges', 'company', 'companies', 'firm', 'bank', 'banks', 'party', 'parties', 'group', 'groups', 'union', 'unions', 'agency',
  'department', 'ministry', 'board', 'panel', 'family', 'families', 'police', 'officials', 'official', 'experts', 'expert', 'analysts',
  'critics', 'supporters', 'opponents', 'voters', 'residents', 'researchers', 'economists', 'scientists', 'lawmakers', 'legislators',
  'senators', 'councillors', 'councilors', 'ministers', 'leaders', 'leader', 'candidates', 'candidate', 'nominee', 'democrats', 'republicans', 'conservatives', 'liberals',
  'activists', 'advocates', 'protesters', 'demonstrators', 'members', 'officers', 'prosecutors', 'investigators', 'authorities', 'aides',
  'advisers', 'advisors', 'donors', 'reporters', 'journalists', 'pollsters', 'women', 'men', 'americans', 'people', 'students', 'parents',
  'workers', 'employees', 'veterans', 'president', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman', 'secretary', 'minister',
  'chairman', 'chairwoman', 'director', 'chief', 'newspaper', 'paper', 'network', 'editorial', 'editors', 'organizers', 'organisers',
]);
