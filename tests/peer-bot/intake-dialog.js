'use strict';
// The intake flow as one WaterfallDialog: the same steps, questions and skip rules as dialogs/intake.flow.json
// (a story of 30+ words describes the situation; one that says what chafes answers that step too; what chafes and what
// was tried are one question, and what was tried is never asked on its own).

const STEPS = {
    story: 'Vertel in je eigen woorden wat er speelt: wat is er gebeurd, wie zijn erbij betrokken en waarom zit het je niet lekker? Namen, nummers en adressen van burgers haal ik er zelf uit voordat ik iets bewaar.',
    situation: 'Kun je de situatie nog wat concreter maken? Wat gebeurt er precies, en sinds wanneer?',
    chafesTried: 'Wat schuurt er voor jou, en heb je al iets geprobeerd of met iemand besproken? Heb je nog niets gedaan, zeg dat dan gewoon.',
    wish: 'Wat wil je met je casus bereiken?',
    deadline: "Is er haast? Noem de datum waarop iets beslist moet zijn (bijvoorbeeld een beslistermijn), of typ 'geen'.",
    unit: 'Bij welke organisatie en directie werk je? (Bijvoorbeeld: IND, directie Asiel en Bescherming.) Ik onthoud dit voor een volgende keer.',
    visibility: 'Wie mag weten dat jij deze casus inbrengt?',
};
const WISHES = ['Advies over de casus', "Een gedeeld beeld met collega's en leidinggevenden", 'Een signaal agenderen bij beleid of management', 'Vooral gehoord worden'];
const VISIBILITY = ['Iedereen die bij de casus betrokken is (coördinatoren en het panel)', 'Alleen de coördinatoren', 'Niemand: ik breng hem anoniem in'];
const CHAFES = /schuur|bots|wring|knel/i;

let lastNumber = 0;

class IntakeDialog {
    static get id() { return 'intake'; }

    constructor(draftProperty) { this.draftProperty = draftProperty; }

    addTo(dialogs, sdk) {
        this.sdk = sdk;
        const { WaterfallDialog, TextPrompt, ChoicePrompt, ListStyle } = sdk;
        dialogs.add(new TextPrompt('story', async (p) => p.recognized.succeeded && p.recognized.value.trim().length >= 20 && p.recognized.value.length <= 4000));
        dialogs.add(new TextPrompt('text', async (p) => p.recognized.succeeded && p.recognized.value.trim().length > 0 && p.recognized.value.length <= 2000));
        dialogs.add(new TextPrompt('unit', async (p) => p.recognized.succeeded && p.recognized.value.trim().length > 1 && p.recognized.value.length <= 120));
        dialogs.add(new TextPrompt('date', async (p) => p.recognized.succeeded && parseDeadline(p.recognized.value) !== undefined));
        const choice = new ChoicePrompt('choice', undefined, 'nl-nl');
        choice.style = ListStyle.list;
        dialogs.add(choice);
        dialogs.add(new WaterfallDialog(IntakeDialog.id, [
            (step) => step.prompt('story', { prompt: STEPS.story, retryPrompt: 'Vertel iets meer: een paar zinnen is genoeg.' }),
            async (step) => {
                step.values.story = step.result;
                await step.context.sendActivity(`Dank je. Ik heb het begin van een casus genoteerd:\n\n${step.result}`);
                return wordCount(step.result) >= 30 ? step.next(step.result) : step.prompt('text', STEPS.situation);
            },
            (step) => {
                step.values.situation = step.result;
                return CHAFES.test(step.values.story) ? step.next(null) : step.prompt('text', STEPS.chafesTried);
            },
            (step) => {
                step.values.chafes = step.result || step.values.story;
                step.values.tried = step.result;
                return step.prompt('choice', { prompt: STEPS.wish, choices: WISHES, retryPrompt: 'Kies een van de mogelijkheden.' });
            },
            (step) => {
                step.values.wish = step.result.value;
                return step.prompt('date', { prompt: STEPS.deadline, retryPrompt: 'Dat is geen datum die ik ken. Typ een datum als 15-03-2027, of geen.' });
            },
            (step) => {
                step.values.deadline = parseDeadline(step.result);
                return step.prompt('unit', STEPS.unit);
            },
            (step) => {
                step.values.unit = step.result;
                return step.prompt('choice', { prompt: STEPS.visibility, choices: VISIBILITY, retryPrompt: 'Kies een van de mogelijkheden.' });
            },
            async (step) => {
                step.values.visibility = step.result.value;
                await this.draftProperty.set(step.context, { ...step.values });
                await step.context.sendActivity({ attachments: [this.sdk.CardFactory.adaptiveCard(summaryCard(step.values))] });
                return step.endDialog();
            },
        ]));
    }

    async submit(context, action) {
        if (action.verb !== 'intake.submit') return { status: 200, body: message('Deze knop ken ik niet.') };
        const draft = await this.draftProperty.get(context);
        if (!draft) return { status: 200, body: message('Deze casus is al ingediend of gestopt.') };
        lastNumber += 1;
        const reference = `CS-${new Date().getUTCFullYear()}-${String(lastNumber).padStart(4, '0')}`;
        await this.draftProperty.delete(context);
        await context.sendActivity(`Dank je wel. Je casus is ingediend met kenmerk ${reference}. De coördinatoren bekijken je casus en kiezen samen met jou de beste route.`);
        return {
            status: 200,
            body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: titleCard(`Ingediend als ${reference}`) },
        };
    }
}

function wordCount(text) { return text.split(/\s+/).filter((w) => w.length > 0).length; }

function parseDeadline(text) {
    const value = text.trim().toLowerCase();
    if (value === 'geen' || value === 'none') return null;
    const match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
    if (!match) return undefined;
    const date = new Date(Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1])));
    return date.getUTCDate() === Number(match[1]) ? date.toISOString().slice(0, 10) : undefined;
}

function message(text) { return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text }; }

function titleCard(title) {
    return { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title, weight: 'Bolder', wrap: true }] };
}

function summaryCard(values) {
    const facts = [
        ['Verhaal', values.story], ['Geprobeerd', values.tried], ['Wens', values.wish],
        ['Termijn', values.deadline || 'geen'], ['Organisatie', values.unit], ['Zichtbaarheid', values.visibility],
    ].map(([title, value]) => ({ title, value }));
    return {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'Klopt deze samenvatting?', weight: 'Bolder', wrap: true }, { type: 'FactSet', facts }],
        actions: [
            { type: 'Action.Execute', title: 'Indienen', verb: 'intake.submit', data: { confirm: 'submit' } },
            { type: 'Action.Execute', title: 'Aanpassen', verb: 'intake.edit' },
        ],
    };
}

module.exports = { IntakeDialog };
