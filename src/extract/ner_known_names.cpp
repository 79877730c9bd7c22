// A short curated list of organisations that matter in current news but postdate or are rare in the
// 1996 CoNLL training text (ISIS, Hezbollah, news agencies). They join the gazetteer the model is trained with.
#include "extract/ner_known_names.h"

namespace newsdex::extract::ner {
namespace {
constexpr std::size_t org = 1;
}  // namespace

const std::vector<std::pair<std::string_view, std::size_t>>& known_names() {
    // Kept to names whose type is not in doubt; people and places are left to the model.
    static const std::vector<std::pair<std::string_view, std::size_t>> names = {
        // Armed and political movements.
        {"ISIS", org}, {"ISIL", org}, {"Islamic State", org}, {"Daesh", org}, {"al-Qaeda", org},
        {"al-Qaida", org}, {"al Qaeda", org}, {"al-Shabab", org}, {"al-Shabaab", org}, {"Boko Haram", org},
        {"Hezbollah", org}, {"Hamas", org}, {"Taliban", org}, {"Houthis", org}, {"al-Nusra Front", org},
        {"Nusra Front", org}, {"Jabhat al-Nusra", org}, {"Free Syrian Army", org}, {"PKK", org}, {"YPG", org},
        {"Islamic Jihad", org}, {"Muslim Brotherhood", org}, {"Wagner Group", org},
        // International bodies.
        {"NATO", org}, {"UN", org}, {"United Nations", org}, {"UNESCO", org}, {"UNICEF", org}, {"UNHCR", org},
        {"WHO", org}, {"World Health Organization", org}, {"IMF", org}, {"International Monetary Fund", org},
        {"World Bank", org}, {"WTO", org}, {"World Trade Organization", org}, {"OPEC", org}, {"OSCE", org},
        {"European Union", org}, {"EU", org}, {"European Commission", org}, {"European Parliament", org},
        {"European Central Bank", org}, {"ECB", org}, {"African Union", org}, {"Arab League", org},
        {"ASEAN", org}, {"G7", org}, {"G20", org}, {"IAEA", org}, {"Interpol", org}, {"Red Cross", org},
        {"Amnesty International", org}, {"Human Rights Watch", org}, {"Doctors Without Borders", org},
        {"Greenpeace", org}, {"FIFA", org}, {"UEFA", org}, {"International Olympic Committee", org}, {"IOC", org},
        // Government agencies.
        {"CIA", org}, {"FBI", org}, {"NSA", org}, {"Pentagon", org}, {"State Department", org},
        {"Federal Reserve", org}, {"Fed", org}, {"Congress", org}, {"Senate", org}, {"Kremlin", org},
        {"FSB", org}, {"KGB", org}, {"MI5", org}, {"MI6", org}, {"Mossad", org}, {"Bundestag", org},
        {"Duma", org}, {"Bank of England", org}, {"Bank of Japan", org}, {"NASA", org},
        // News organisations.
        {"AP", org}, {"Associated Press", org}, {"Reuters", org}, {"AFP", org}, {"Agence France-Presse", org},
        {"BBC", org}, {"CNN", org}, {"Sputnik", org}, {"RIA Novosti", org}, {"TASS", org}, {"Interfax", org},
        {"Xinhua", org}, {"Al Jazeera", org}, {"Bloomberg", org}, {"Fox News", org}, {"NBC", org}, {"CBS", org},
        {"ABC", org}, {"NPR", org}, {"The Guardian", org}, {"The New York Times", org}, {"New York Times", org},
        {"Washington Post", org}, {"The Washington Post", org}, {"Wall Street Journal", org},
        {"Financial Times", org}, {"The Economist", org}, {"Le Monde", org}, {"Der Spiegel", org},
        {"RT", org}, {"Politico", org},
        // Companies often in the news since 1996.
        {"Google", org}, {"Alphabet", org}, {"Facebook", org}, {"Meta", org}, {"Twitter", org}, {"Amazon", org},
        {"Apple", org}, {"Microsoft", org}, {"Tesla", org}, {"Uber", org}, {"Netflix", org}, {"Gazprom", org},
        {"Rosneft", org}, {"Huawei", org}, {"Samsung", org}, {"Alibaba", org}, {"Tencent", org},
        {"OpenAI", org}, {"SpaceX", org}, {"YouTube", org}, {"Instagram", org}, {"WhatsApp", org},
    };
    return names;
}

}  // namespace newsdex::extract::ner
