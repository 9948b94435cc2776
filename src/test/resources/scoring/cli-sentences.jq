reduce .sentences[] as $s ({comment: 1, sentence: 0, out: []};
  ($s.tokens[0].before | [scan("\n")] | length) as $newlines
  | if $newlines > 0 then .comment += $newlines | .sentence = 0 else . end
  | .out += [{comment: .comment, sentence: .sentence,
      text: ([$s.tokens[] | .originalText, .after] | .[:-1] | join("")),
      label: ($s.sentimentValue | tonumber), probabilities: $s.sentimentDistribution}]
  | .sentence += 1)
| .out[]
