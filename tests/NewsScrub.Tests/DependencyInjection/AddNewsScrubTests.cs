using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsScrub.Tests.DependencyInjection;

/// <summary>Issue 9: services.AddNewsScrub(...) registers the pipeline with options bound from configuration.</summary>
public sealed class AddNewsScrubTests
{
    private const string Text = "Le conseil municipal a approuvé le budget du port lundi soir : le maire a parlé d'un « choix difficile ».\n\nLive\n\nLes travaux commenceront au printemps prochain, selon l'autorité portuaire de la ville.";

    [Fact]
    public void Options_bound_from_configuration_shape_the_registered_pipeline()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsScrub:MaxPageBytes"] = "4096",
            ["NewsScrub:Reflow:LanguageSpacing"] = "false",
            ["NewsScrub:Boilerplate:RemovedPhrases:0"] = "Live",
        }).Build();
        var services = new ServiceCollection();
        services.AddNewsScrub(configuration.GetSection("NewsScrub"));
        using var provider = services.BuildServiceProvider(validateScopes: true);

        var pipeline = provider.GetRequiredService<ScrubPipeline>();
        var article = pipeline.CleanText(Text, "fr");

        Assert.Same(pipeline, provider.GetRequiredService<ScrubPipeline>());
        Assert.Equal(4096, pipeline.MaxPageBytes);
        Assert.False(provider.GetRequiredService<IOptions<NewsScrubOptions>>().Value.Reflow.LanguageSpacing);
        Assert.DoesNotContain(article.Removed, static item => item.Text == "Live" && item.Step == "Boilerplate");
        Assert.Contains("budget du port lundi soir : le maire", article.Text, StringComparison.Ordinal); // no narrow no-break space added
    }

    [Fact]
    public void A_delegate_configures_the_options()
    {
        var services = new ServiceCollection();
        services.AddNewsScrub(static options => options.MaxPageBytes = 8192);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(8192, provider.GetRequiredService<ScrubPipeline>().MaxPageBytes);
    }

    [Fact]
    public void Without_configuration_the_pipeline_has_the_default_steps()
    {
        var services = new ServiceCollection();
        services.AddNewsScrub();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(ScrubPipeline.Default.StepNames, provider.GetRequiredService<ScrubPipeline>().StepNames);
    }

    [Fact]
    public void Invalid_options_fail_validation_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddNewsScrub(static options => options.MaxPageBytes = 10);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NewsScrubOptions>>().Value);

        Assert.Contains("MaxPageBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_key_that_names_no_option_is_an_error_not_ignored()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NewsScrub:Reflow:FrenchSpacingTypo"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddNewsScrub(configuration.GetSection("NewsScrub"));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<ScrubPipeline>());

        Assert.Contains("FrenchSpacingTypo", error.Message, StringComparison.Ordinal);
    }
}
