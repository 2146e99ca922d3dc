using CasuistiekBot.Policy;
using CasuistiekBot.Tests.Threads;
using Microsoft.Extensions.Options;

namespace CasuistiekBot.Tests.Policy;

public sealed class PolicyLawsTests
{
    private static readonly PolicyLaws Laws = SimilarityKit.Laws();

    [Theory]
    [InlineData("Volgens art. 29 Vw 2000 moet ik afwijzen.", "Vreemdelingenwet 2000")]
    [InlineData("De vreemdelingenwet laat geen ruimte.", "Vreemdelingenwet 2000")]
    [InlineData("In de PI geldt de Pbw: geen verlof.", "Penitentiaire beginselenwet")]
    [InlineData("Een Wahv-boete die oploopt.", "Wet administratiefrechtelijke handhaving verkeersvoorschriften")]
    [InlineData("Paragraaf B8 van de Vc 2000.", "Vreemdelingencirculaire 2000")]
    [InlineData("De beslistermijn uit de Awb is verlopen.", "Algemene wet bestuursrecht")]
    [InlineData("Artikel 3.6a Vb 2000 en de Vw 2000.", "Vreemdelingenbesluit 2000")]
    public void A_law_the_text_names_is_suggested(string text, string law) => Assert.Equal(law, Laws.Suggest(text));

    [Theory]
    [InlineData("Een moeder kan de leges voor nareis niet betalen.")]
    [InlineData("Bijv. een vw-busje op de parkeerplaats.")]
    [InlineData("")]
    public void A_text_that_names_no_law_gets_no_suggestion(string text) => Assert.Null(Laws.Suggest(text));

    [Fact]
    public void The_shipped_list_is_the_default_and_only_listed_laws_are_found()
    {
        Assert.Equal(PolicyLaws.Defaults, Laws.All);
        Assert.Equal("Jeugdwet", Laws.Find("jeugdwet"));
        Assert.Null(Laws.Find("Wet op de kansspelen"));
        Assert.Equal(PolicyLaws.Defaults, new PolicyLaws(Options.Create(new PolicyOptions())).All);
    }
}
