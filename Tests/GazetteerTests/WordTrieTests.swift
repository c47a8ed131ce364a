import Testing
@testable import Gazetteer

/// The word numbers and trie that the alias automaton and the extraction lexicon walk.
@Suite struct WordTrieTests {
    private func number(_ words: WordNumbers, _ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { words.number(of: $0.baseAddress!, count: bytes.count, prefix: PackedWordFilter.prefix(of: bytes)) }
    }

    @Test func wordsAreNumberedInTheOrderFirstMet() {
        var words = WordNumbers()
        let list = ["rocket", "drone", "rocket", "helicoptere", "helicopters", "helicopter", "a", "aerienne", "aeriennes"]
        #expect(list.map { words.insert(Array($0.utf8)) } == [0, 1, 0, 2, 3, 4, 5, 6, 7])
        #expect(words.count == 8)
        // Long words that share their first eight bytes and their length are told apart by the rest.
        #expect(number(words, "helicopters") == 3)
        #expect(number(words, "helicoptere") == 2)
        #expect(number(words, "helicopterx") == -1)
        #expect(number(words, "aeriennes") == 7)
        #expect(number(words, "rock") == -1)
        #expect(number(words, "rockets") == -1)
    }

    @Test func manyWordsGrowTheTableAndAllAreFound() {
        var words = WordNumbers()
        let list = (0..<3000).map { "word\($0)long\($0 % 7)" }
        for (k, word) in list.enumerated() { #expect(words.insert(Array(word.utf8)) == Int32(k)) }
        #expect(list.indices.allSatisfy { number(words, list[$0]) == Int32($0) })
        #expect(number(words, "word3000long4") == -1)
    }

    @Test func integerMapFindsEveryKeyAndNoOther() {
        let entries = (0..<500).map { (key: IntegerMap.key(Int32($0 % 37), Int32($0)), value: Int32($0 * 3)) }
        let map = IntegerMap(entries)
        #expect(entries.allSatisfy { map.value($0.key) == $0.value })
        #expect(map.value(IntegerMap.key(1, 0)) == -1)
        #expect(IntegerMap([]).value(0) == -1)
    }

    @Test func entriesSharingWordsShareNodes() {
        var trie = WordTrie()
        let split = { (entry: String) in entry.split(separator: " ").map { Array($0.utf8) } }
        let asad = trie.descend(from: 0, through: split("ain asad"))
        let base = trie.descend(from: 0, through: split("ain asad air base"))
        let again = trie.descend(from: 0, through: split("ain asad"))
        #expect(asad == again)
        #expect(trie.nodeCount == 5)
        trie.seal()
        let ain = number(trie.words, "ain"), asadWord = number(trie.words, "asad"), air = number(trie.words, "air")
        let first = trie.child(of: 0, ain)
        #expect(first > 0)
        #expect(trie.child(of: first, asadWord) == asad)
        #expect(trie.child(of: trie.child(of: asad, air), number(trie.words, "base")) == base)
        #expect(trie.child(of: 0, asadWord) == -1)
        #expect(trie.child(of: first, air) == -1)
    }
}
