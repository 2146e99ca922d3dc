using System.Text.RegularExpressions;

namespace CasuistiekBot.Framework.Dialogs;

// Turns a raw flow file into a FlowDefinition, reporting each rule it breaks.
internal static partial class FlowFileValidator
{
    public static FlowDefinition Validate(FlowFile file, string expectedId, Action<string> report)
    {
        if (string.IsNullOrWhiteSpace(file.Id)) report("\"id\" is missing");
        else if (!Identifier().IsMatch(file.Id)) report($"id \"{file.Id}\" may only hold letters, digits, '-' and '_', starting with a letter");
        else if (file.Id != expectedId) report($"id \"{file.Id}\" does not match the file name (expected \"{expectedId}\")");

        if (file.Version is null) report("\"version\" is missing");
        else if (file.Version < 1) report($"version {file.Version} must be 1 or higher");

        if (string.IsNullOrWhiteSpace(file.Completion)) report("\"completion\" (the completion handler's name) is missing");

        if (file.Steps is null || file.Steps.Count == 0) report("\"steps\" is missing or empty");

        var steps = new List<FlowStep>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (raw, index) in (file.Steps ?? []).Select((s, i) => (s, i)))
        {
            if (raw is null)
            {
                report($"steps[{index}] is null");
                continue;
            }
            var where = $"steps[{index}]" + (string.IsNullOrWhiteSpace(raw.Id) ? "" : $" (\"{raw.Id}\")");
            var step = ValidateStep(raw, index, msg => report($"{where}: {msg}"));
            if (step is null) continue;
            if (!seen.Add(step.Id)) report($"{where}: duplicate step id \"{step.Id}\"");
            steps.Add(step);
        }

        return new FlowDefinition
        {
            Id = file.Id ?? "",
            Version = file.Version ?? 0,
            Completion = file.Completion ?? "",
            Steps = steps,
        };
    }

    private static FlowStep? ValidateStep(FlowFileStep raw, int index, Action<string> report)
    {
        if (string.IsNullOrWhiteSpace(raw.Id)) report("\"id\" is missing");
        else if (!Identifier().IsMatch(raw.Id)) report($"step id \"{raw.Id}\" may only hold letters, digits, '-' and '_', starting with a letter");

        StepKind? kind = raw.Kind switch
        {
            "text" => StepKind.Text,
            "choice" => StepKind.Choice,
            "confirm" => StepKind.Confirm,
            "date" => StepKind.Date,
            "card" => StepKind.Card,
            _ => null,
        };
        if (raw.Kind is null) report("\"kind\" is missing");
        else if (kind is null) report($"kind \"{raw.Kind}\" is unknown (expected text, choice, confirm, date or card)");

        var prompt = Text(raw.Prompt, "prompt", required: true, report);
        var retry = Text(raw.Retry, "retry", required: false, report);
        var help = Text(raw.Help, "help", required: false, report);

        var choices = ValidateChoices(raw, kind, report);

        if (kind == StepKind.Card && string.IsNullOrWhiteSpace(raw.Card)) report("a card step needs \"card\" (the renderer's name)");
        if (kind is not null and not StepKind.Card && raw.Card is not null) report("\"card\" is only for card steps");
        if (raw.MaxLength is not null && kind is not null and not StepKind.Text) report("\"maxLength\" is only for text steps");
        if (raw.MaxLength is < 1) report($"maxLength {raw.MaxLength} must be 1 or higher");
        if (raw.Validator is not null && string.IsNullOrWhiteSpace(raw.Validator)) report("\"validator\" is empty");
        if (raw.Multiple is not null && kind is not null and not StepKind.Choice) report("\"multiple\" is only for choice steps");

        if (raw.Id is null || kind is null || prompt is null) return null;
        return new FlowStep
        {
            Id = raw.Id,
            Index = index,
            Kind = kind.Value,
            Prompt = prompt,
            Retry = retry,
            Help = help,
            Choices = choices,
            Multiple = raw.Multiple ?? false,
            Validator = raw.Validator,
            MaxLength = raw.MaxLength ?? FlowStep.DefaultMaxLength,
            Optional = raw.Optional ?? false,
            Card = raw.Card,
            AskWhen = raw.AskWhen,
        };
    }

    private static List<FlowChoice> ValidateChoices(FlowFileStep raw, StepKind? kind, Action<string> report)
    {
        if (kind == StepKind.Choice && (raw.Choices is null || raw.Choices.Count == 0)) report("a choice step needs \"choices\"");
        if (kind is not null and not StepKind.Choice && raw.Choices is not null) report("\"choices\" is only for choice steps");

        var choices = new List<FlowChoice>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (c, i) in (raw.Choices ?? []).Select((c, i) => (c, i)))
        {
            if (c is null || string.IsNullOrWhiteSpace(c.Value))
            {
                report($"choices[{i}]: \"value\" is missing");
                continue;
            }
            if (string.IsNullOrWhiteSpace(c.Nl) || string.IsNullOrWhiteSpace(c.En)) report($"choice \"{c.Value}\" needs both \"nl\" and \"en\" titles");
            var synonyms = (c.Synonyms ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();
            var choice = new FlowChoice(c.Value, new LocalizedText(c.Nl ?? "", c.En ?? ""), synonyms);

            // Two choices answering to the same word would make recognition a coin toss.
            foreach (var term in ChoiceRecognizer.Terms(choice).Distinct())
            {
                if (owners.TryGetValue(term, out var other) && other != c.Value)
                {
                    report($"choices \"{other}\" and \"{c.Value}\" both answer to \"{term}\"");
                }
                owners.TryAdd(term, c.Value);
            }
            if (choices.Any(x => x.Value == c.Value)) report($"duplicate choice value \"{c.Value}\"");
            choices.Add(choice);
        }
        return choices;
    }

    private static LocalizedText? Text(FlowFileText? text, string name, bool required, Action<string> report)
    {
        if (text is null)
        {
            if (required) report($"\"{name}\" is missing");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text.Nl)) report($"\"{name}\" has no Dutch text (\"nl\")");
        if (string.IsNullOrWhiteSpace(text.En)) report($"\"{name}\" has no English text (\"en\")");
        return string.IsNullOrWhiteSpace(text.Nl) || string.IsNullOrWhiteSpace(text.En) ? null : new LocalizedText(text.Nl, text.En);
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex Identifier();
}
