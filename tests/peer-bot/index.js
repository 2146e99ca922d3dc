'use strict';
// The intake flow on the official Bot Framework SDK for JavaScript (botbuilder + botbuilder-dialogs 4.23), built the
// way its samples build bots: CloudAdapter, ActivityHandler, ConversationState on MemoryStorage, one WaterfallDialog
// with TextPrompt/ChoicePrompt. Unauthenticated (no app id) on 127.0.0.1, like ours in scripts/bench.sh.
// It answers what ours answers at each step (same questions, same acknowledgement sentence with a CS- reference), but
// does not scrub personal data, route, or store a case durably; docs/benchmarks.md says so next to the figures.
const http = require('http');
const {
    ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage,
    CardFactory, MessageFactory,
} = require('botbuilder');
const { DialogSet, WaterfallDialog, TextPrompt, ChoicePrompt, DialogTurnStatus, ListStyle } = require('botbuilder-dialogs');
const { IntakeDialog } = require('./intake-dialog');

const port = Number(process.env.PORT || 3979);
const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' });
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
    console.error(`turn error: ${error && error.stack}`);
    await context.sendActivity('Er ging iets mis.');
};

const conversationState = new ConversationState(new MemoryStorage());
const bot = IntakeBot(conversationState);

function IntakeBot(state) {
    const handler = new ActivityHandler();
    const dialogState = state.createProperty('dialogState');
    const draftProperty = state.createProperty('draft');
    const dialogs = new DialogSet(dialogState);
    const intake = new IntakeDialog(draftProperty);
    intake.addTo(dialogs, { WaterfallDialog, TextPrompt, ChoicePrompt, ListStyle, CardFactory, MessageFactory });

    handler.onMessage(async (context, next) => {
        const dc = await dialogs.createContext(context);
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) await dc.beginDialog(IntakeDialog.id);
        await next();
    });
    handler.onInvokeActivity = async (context) => {
        const action = context.activity.value && context.activity.value.action;
        if (context.activity.name !== 'adaptiveCard/action' || !action) return { status: 501 };
        return intake.submit(context, action);
    };
    const run = handler.run.bind(handler);
    handler.run = async (context) => {
        await run(context);
        await state.saveChanges(context, false);
    };
    return handler;
}

// A small request/response shim instead of restify/express: the adapter only needs body, headers, status, send, end.
const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') { res.writeHead(200); res.end('ok'); return; }
    if (req.method !== 'POST' || req.url !== '/api/messages') { res.writeHead(404); res.end(); return; }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.writeHead(400); res.end(); return;
        }
        const response = {
            socket: res.socket,
            statusCode: 200,
            body: undefined,
            status(code) { this.statusCode = code; return this; },
            header(name, value) { res.setHeader(name, value); return this; },
            send(body) { this.body = body; return this; },
            end() {
                if (res.writableEnded) return this;
                const payload = this.body === undefined ? undefined : (typeof this.body === 'string' ? this.body : JSON.stringify(this.body));
                if (payload !== undefined && !res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
                res.writeHead(this.statusCode);
                res.end(payload);
                return this;
            },
        };
        try {
            await adapter.process(req, response, (context) => bot.run(context));
        } catch (error) {
            console.error(error);
            if (!res.writableEnded) { res.writeHead(500); res.end(); }
        }
    });
});
server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`peer bot listening on http://127.0.0.1:${port}`));
