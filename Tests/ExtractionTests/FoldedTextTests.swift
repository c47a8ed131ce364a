import Testing
@testable import Extraction

/// The tokenizer folds words with the gazetteer's scanner and splits sentences and paragraphs from
/// the bytes between them.
@Suite struct FoldedTextTests {
    func words(_ text: FoldedText) -> [String] { text.tokens.indices.map { text.foldedString(of: $0) } }

    func sentences(_ text: FoldedText) -> [String] {
        text.sentences.map { sentence in sentence.tokens.map { text.foldedString(of: $0) }.joined(separator: " ") }
    }

    @Test func wordsAreFoldedAndKeepTheirOffsets() {
        let text = FoldedText(bytes: Array("L'aéroport d'Erbil, ŒUVRE.".utf8))
        #expect(words(text) == ["l", "aeroport", "d", "erbil", "oeuvre"])
        #expect(text.original(Int(text.tokens[1].start)..<Int(text.tokens[1].end)) == "aéroport")
        #expect(text.tokens[3].isCapitalized && !text.tokens[3].isAllUppercase)
        #expect(text.tokens[4].isAllUppercase)
        #expect(text.tokens[2].punctuationBefore == 0)
        #expect(text.tokens[3].punctuationBefore == 0x27)
    }

    @Test func transliterationMarksStayInsideTheWord() {
        // A backtick or ʿ inside a name is an ayn, not a break: "Rifa`i." is one word ending a sentence.
        let text = FoldedText(bytes: Array("Des roquettes près de Ar Rifa`i. L'armée a réagi. Saʿdah".utf8))
        #expect(words(text).contains("rifai"))
        #expect(words(text).contains("sadah"))
        #expect(sentences(text) == ["des roquettes pres de ar rifai", "l armee a reagi", "sadah"])
    }

    @Test func aHyphenAfterAWordIsKept() {
        let text = FoldedText(bytes: Array("ash-Shaddadi as well".utf8))
        #expect(words(text) == ["ash", "shaddadi", "as", "well"])
        #expect(text.tokens.map(\.hyphenFollows) == [true, false, false, false])
    }

    @Test func wordsOfOtherScriptsAreTokensTheLexiconNeverMatches() {
        let text = FoldedText(bytes: Array("Une roquette a frappé العراق hier.".utf8))
        #expect(words(text).count == 6)
        #expect(extract("Une roquette a frappé la base d'Ain al-Asad. العراق", date: "2021-07-05").events.count == 1)
    }

    @Test func initialsAndAbbreviationsDoNotEndASentence() {
        let text = FoldedText(bytes: Array("Le Gen. Smith et J. Doe ont parlé. Puis rien.\n\nNouveau paragraphe.".utf8))
        #expect(sentences(text) == ["le gen smith et j doe ont parle", "puis rien", "nouveau paragraphe"])
        #expect(text.sentences.map(\.paragraph) == [0, 0, 1])
    }
}
