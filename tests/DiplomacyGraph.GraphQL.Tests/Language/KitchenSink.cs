namespace DiplomacyGraph.GraphQL.Tests.Language;

/// <summary>
/// Two documents written for these tests that use every construct of the grammar, with what
/// graphql-js 16.15 makes of them: its <c>print</c> output, and the kind and location of every node
/// in the order its <c>visit</c> enters them. Both facts were captured by running graphql-js.
/// </summary>
internal static class KitchenSink
{
    public const string ExecutableDocument =
        """"
        # Every construct of an executable document, written for these tests.
        query TreatyLookup($region: Region = EUROPE, $ids: [ID!]! = ["a", "b"], $limit: Int = 10, $ratio: Float = -1.5e3, $filter: TreatyFilter = {signedAfter: "1990", parties: [{name: "x"}, {name: "y"}], open: true, note: null}) @cached(ttl: 30) {
          first: treaties(region: $region, ids: $ids, first: $limit, ratio: $ratio) @include(if: true) {
            id, title
            ... on Bilateral @track {
              parties { name }
            }
            ... @skip(if: false) {
              signedOn
            }
            ... {
              __typename
            }
            ...TreatyParts @defer(label: "parts")
          }
          second: treaties(filter: {signedAfter: "2000-01-01", parties: [], open: false, tags: [[1, 2], [3]], nested: {deeper: {deepest: ENUM_VALUE}}}) {
            id
          }
          escapes(text: "quote \" backslash \\ slash \/ controls \b\f\n\r\t unicode \u00e9 \u{1F600} pair \uD83D\uDE00 done")
          empty(list: [], object: {})
          numbers(zero: 0, negative: -0, int: 123456789012345678901234567890, float: 0.5, exp: 1E10, negExp: 2e-3, both: -3.25E+2)
        }

        mutation RecordVisit($input: VisitInput! @sensitive, $when: [[Date!]]) {
          recordVisit(input: $input, when: $when) {
            visit {
              id
            }
          }
        }

        subscription OnStatement($country: String! = "JO" @deprecatedArg(reason: "old")) @live {
          statementIssued(country: $country) {
            text
          }
        }

        fragment TreatyParts on Treaty @fragmentLevel(level: 1) {
          articles(style: """
            Articles are
              indented "here"
            and this ends with a quote"
          """) {
            number
          }
          summary(format: """single line block""")
        }

        {
          shorthand
          aliased: shorthand(flag: true, other: null, enumArg: NORTH)
        }

        query {
          anonymousButExplicit
        }
        """";

    public const string ExecutableDocumentPrinted =
        """"
        query TreatyLookup($region: Region = EUROPE, $ids: [ID!]! = ["a", "b"], $limit: Int = 10, $ratio: Float = -1.5e3, $filter: TreatyFilter = {signedAfter: "1990", parties: [{name: "x"}, {name: "y"}], open: true, note: null}) @cached(ttl: 30) {
          first: treaties(region: $region, ids: $ids, first: $limit, ratio: $ratio) @include(if: true) {
            id
            title
            ... on Bilateral @track {
              parties {
                name
              }
            }
            ... @skip(if: false) {
              signedOn
            }
            ... {
              __typename
            }
            ...TreatyParts @defer(label: "parts")
          }
          second: treaties(
            filter: {signedAfter: "2000-01-01", parties: [], open: false, tags: [[1, 2], [3]], nested: {deeper: {deepest: ENUM_VALUE}}}
          ) {
            id
          }
          escapes(
            text: "quote \" backslash \\ slash / controls \b\f\n\r\t unicode é 😀 pair 😀 done"
          )
          empty(list: [], object: {})
          numbers(
            zero: 0
            negative: -0
            int: 123456789012345678901234567890
            float: 0.5
            exp: 1E10
            negExp: 2e-3
            both: -3.25E+2
          )
        }

        mutation RecordVisit($input: VisitInput! @sensitive, $when: [[Date!]]) {
          recordVisit(input: $input, when: $when) {
            visit {
              id
            }
          }
        }

        subscription OnStatement($country: String! = "JO" @deprecatedArg(reason: "old")) @live {
          statementIssued(country: $country) {
            text
          }
        }

        fragment TreatyParts on Treaty @fragmentLevel(level: 1) {
          articles(
            style: """
            Articles are
              indented "here"
            and this ends with a quote"
            """
          ) {
            number
          }
          summary(format: """single line block""")
        }

        {
          shorthand
          aliased: shorthand(flag: true, other: null, enumArg: NORTH)
        }

        {
          anonymousButExplicit
        }
        """";

    /// <summary>"Kind start end" per node, in graphql-js's visiting order.</summary>
    public const string ExecutableDocumentNodes =
        """"
        Document 0 1666
        OperationDefinition 70 1037
        Name 76 88
        VariableDefinition 89 113
        Variable 89 96
        Name 90 96
        NamedType 98 104
        Name 98 104
        EnumValue 107 113
        VariableDefinition 115 140
        Variable 115 119
        Name 116 119
        NonNullType 121 127
        ListType 121 126
        NonNullType 122 125
        NamedType 122 124
        Name 122 124
        ListValue 130 140
        StringValue 131 134
        StringValue 136 139
        VariableDefinition 142 158
        Variable 142 148
        Name 143 148
        NamedType 150 153
        Name 150 153
        IntValue 156 158
        VariableDefinition 160 182
        Variable 160 166
        Name 161 166
        NamedType 168 173
        Name 168 173
        FloatValue 176 182
        VariableDefinition 184 290
        Variable 184 191
        Name 185 191
        NamedType 193 205
        Name 193 205
        ObjectValue 208 290
        ObjectField 209 228
        Name 209 220
        StringValue 222 228
        ObjectField 230 265
        Name 230 237
        ListValue 239 265
        ObjectValue 240 251
        ObjectField 241 250
        Name 241 245
        StringValue 247 250
        ObjectValue 253 264
        ObjectField 254 263
        Name 254 258
        StringValue 260 263
        ObjectField 267 277
        Name 267 271
        BooleanValue 273 277
        ObjectField 279 289
        Name 279 283
        NullValue 285 289
        Directive 292 308
        Name 293 299
        Argument 300 307
        Name 300 303
        IntValue 305 307
        SelectionSet 309 1037
        Field 313 607
        Name 313 318
        Name 320 328
        Argument 329 344
        Name 329 335
        Variable 337 344
        Name 338 344
        Argument 346 355
        Name 346 349
        Variable 351 355
        Name 352 355
        Argument 357 370
        Name 357 362
        Variable 364 370
        Name 365 370
        Argument 372 385
        Name 372 377
        Variable 379 385
        Name 380 385
        Directive 387 405
        Name 388 395
        Argument 396 404
        Name 396 398
        BooleanValue 400 404
        SelectionSet 406 607
        Field 412 414
        Name 412 414
        Field 416 421
        Name 416 421
        InlineFragment 426 480
        NamedType 433 442
        Name 433 442
        Directive 443 449
        Name 444 449
        SelectionSet 450 480
        Field 458 474
        Name 458 465
        SelectionSet 466 474
        Field 468 472
        Name 468 472
        InlineFragment 485 528
        Directive 489 505
        Name 490 494
        Argument 495 504
        Name 495 497
        BooleanValue 499 504
        SelectionSet 506 528
        Field 514 522
        Name 514 522
        InlineFragment 533 561
        SelectionSet 537 561
        Field 545 555
        Name 545 555
        FragmentSpread 566 603
        Name 569 580
        Directive 581 603
        Name 582 587
        Argument 588 602
        Name 588 593
        StringValue 595 602
        Field 610 764
        Name 610 616
        Name 618 626
        Argument 627 750
        Name 627 633
        ObjectValue 635 750
        ObjectField 636 661
        Name 636 647
        StringValue 649 661
        ObjectField 663 674
        Name 663 670
        ListValue 672 674
        ObjectField 676 687
        Name 676 680
        BooleanValue 682 687
        ObjectField 689 708
        Name 689 693
        ListValue 695 708
        ListValue 696 702
        IntValue 697 698
        IntValue 700 701
        ListValue 704 707
        IntValue 705 706
        ObjectField 710 749
        Name 710 716
        ObjectValue 718 749
        ObjectField 719 748
        Name 719 725
        ObjectValue 727 748
        ObjectField 728 747
        Name 728 735
        EnumValue 737 747
        SelectionSet 752 764
        Field 758 760
        Name 758 760
        Field 767 882
        Name 767 774
        Argument 775 881
        Name 775 779
        StringValue 781 881
        Field 885 912
        Name 885 890
        Argument 891 899
        Name 891 895
        ListValue 897 899
        Argument 901 911
        Name 901 907
        ObjectValue 909 911
        Field 915 1035
        Name 915 922
        Argument 923 930
        Name 923 927
        IntValue 929 930
        Argument 932 944
        Name 932 940
        IntValue 942 944
        Argument 946 981
        Name 946 949
        IntValue 951 981
        Argument 983 993
        Name 983 988
        FloatValue 990 993
        Argument 995 1004
        Name 995 998
        FloatValue 1000 1004
        Argument 1006 1018
        Name 1006 1012
        FloatValue 1014 1018
        Argument 1020 1034
        Name 1020 1024
        FloatValue 1026 1034
        OperationDefinition 1039 1188
        Name 1048 1059
        VariableDefinition 1060 1090
        Variable 1060 1066
        Name 1061 1066
        NonNullType 1068 1079
        NamedType 1068 1078
        Name 1068 1078
        Directive 1080 1090
        Name 1081 1090
        VariableDefinition 1092 1108
        Variable 1092 1097
        Name 1093 1097
        ListType 1099 1108
        ListType 1100 1107
        NonNullType 1101 1106
        NamedType 1101 1105
        Name 1101 1105
        SelectionSet 1110 1188
        Field 1114 1186
        Name 1114 1125
        Argument 1126 1139
        Name 1126 1131
        Variable 1133 1139
        Name 1134 1139
        Argument 1141 1152
        Name 1141 1145
        Variable 1147 1152
        Name 1148 1152
        SelectionSet 1154 1186
        Field 1160 1182
        Name 1160 1165
        SelectionSet 1166 1182
        Field 1174 1176
        Name 1174 1176
        OperationDefinition 1190 1332
        Name 1203 1214
        VariableDefinition 1215 1269
        Variable 1215 1223
        Name 1216 1223
        NonNullType 1225 1232
        NamedType 1225 1231
        Name 1225 1231
        StringValue 1235 1239
        Directive 1240 1269
        Name 1241 1254
        Argument 1255 1268
        Name 1255 1261
        StringValue 1263 1268
        Directive 1271 1276
        Name 1272 1276
        SelectionSet 1277 1332
        Field 1281 1330
        Name 1281 1296
        Argument 1297 1314
        Name 1297 1304
        Variable 1306 1314
        Name 1307 1314
        SelectionSet 1316 1330
        Field 1322 1326
        Name 1322 1326
        FragmentDefinition 1334 1553
        Name 1343 1354
        NamedType 1358 1364
        Name 1358 1364
        Directive 1365 1389
        Name 1366 1379
        Argument 1380 1388
        Name 1380 1385
        IntValue 1387 1388
        SelectionSet 1390 1553
        Field 1394 1508
        Name 1394 1402
        Argument 1403 1490
        Name 1403 1408
        StringValue 1410 1490
        SelectionSet 1492 1508
        Field 1498 1504
        Name 1498 1504
        Field 1511 1551
        Name 1511 1518
        Argument 1519 1550
        Name 1519 1525
        StringValue 1527 1550
        OperationDefinition 1555 1632
        SelectionSet 1555 1632
        Field 1559 1568
        Name 1559 1568
        Field 1571 1630
        Name 1571 1578
        Name 1580 1589
        Argument 1590 1600
        Name 1590 1594
        BooleanValue 1596 1600
        Argument 1602 1613
        Name 1602 1607
        NullValue 1609 1613
        Argument 1615 1629
        Name 1615 1622
        EnumValue 1624 1629
        OperationDefinition 1634 1666
        SelectionSet 1640 1666
        Field 1644 1664
        Name 1644 1664
        """";

    public const string SchemaDocument =
        """"
        # Every construct of a type-system document, written for these tests.
        """
        The schema of a small registry of agreements.
        """
        schema @registry(version: 2) {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "A plain description."
        scalar DateTime @specifiedBy(url: "https://example.org/datetime")

        scalar Plain

        """
        Something with an identity.
        """
        interface Node {
          id: ID!
        }

        interface Named implements Node & Described @marker {
          id: ID!
          "The name, as written."
          name(
            "Which script to return."
            script: Script = LATIN

            """
            Fallback when missing.
            """
            fallback: String
          ): String
        }

        type Country implements & Node & Named @key(fields: "id") {
          id: ID!
          name(script: Script = LATIN, fallback: String): String
          neighbours(first: Int = 10, after: String, orderBy: [CountryOrder!] = [{field: NAME, direction: ASC}]): [Country!]! @deprecated(reason: "Use borders.")
          borders: [[Country]]
        }

        type Query {
          node(id: ID!): Node
          search(text: String!, limit: Int = 20 @range(min: 1, max: 100)): [SearchResult!]!
        }

        type Mutation

        union SearchResult @searchable = | Country | Treaty | Statement

        union Single = Country

        enum Script @lang {
          "Latin letters"
          LATIN
          ARABIC @deprecated
          """
          Multi-line
          description.
          """
          CYRILLIC
        }

        input CountryOrder {
          field: CountryField! = NAME
          direction: Direction = ASC @since(version: "1.2")
          "Nested input"
          window: Window = {from: 0, to: 10, labels: ["a", "b"]}
        }

        """  Leading spaces are kept on a single line."""
        directive @range(min: Int, max: Int) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @key(fields: String!) repeatable on | OBJECT | INTERFACE

        """
        Every location.
        """
        directive @everywhere(
          "why"
          reason: String = "because"
        ) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @registry(version: 3)

        extend schema {
          subscription: Subscription
        }

        extend scalar DateTime @precision(digits: 3)

        extend type Country implements Described @extra {
          capital: String
        }

        extend type Mutation {
          sign(treaty: ID!): Treaty
        }

        extend interface Named @marker2

        extend interface Node implements Described {
          description: String
        }

        extend union SearchResult = Organisation

        extend union Single @extended

        extend enum Script {
          GREEK
        }

        extend enum Direction @flag

        extend input CountryOrder {
          nullsFirst: Boolean = false
        }

        extend input Window @closed

        """
        A description ending with a quote"
        """
        type Statement {
          text(
            """
            Block with \""" inside and trailing backslash \
            """
            escaped: String
          ): String
          "Single-line \"quoted\" description"
          quoted: String
        }

        """
            indented first line
          less indented
        """
        type Treaty {
          id: ID!
        }
        """";

    public const string SchemaDocumentPrinted =
        """"
        """The schema of a small registry of agreements."""
        schema @registry(version: 2) {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "A plain description."
        scalar DateTime @specifiedBy(url: "https://example.org/datetime")

        scalar Plain

        """Something with an identity."""
        interface Node {
          id: ID!
        }

        interface Named implements Node & Described @marker {
          id: ID!
          "The name, as written."
          name(
            "Which script to return."
            script: Script = LATIN
            """Fallback when missing."""
            fallback: String
          ): String
        }

        type Country implements Node & Named @key(fields: "id") {
          id: ID!
          name(script: Script = LATIN, fallback: String): String
          neighbours(first: Int = 10, after: String, orderBy: [CountryOrder!] = [{field: NAME, direction: ASC}]): [Country!]! @deprecated(reason: "Use borders.")
          borders: [[Country]]
        }

        type Query {
          node(id: ID!): Node
          search(text: String!, limit: Int = 20 @range(min: 1, max: 100)): [SearchResult!]!
        }

        type Mutation

        union SearchResult @searchable = Country | Treaty | Statement

        union Single = Country

        enum Script @lang {
          "Latin letters"
          LATIN
          ARABIC @deprecated
          """
          Multi-line
          description.
          """
          CYRILLIC
        }

        input CountryOrder {
          field: CountryField! = NAME
          direction: Direction = ASC @since(version: "1.2")
          "Nested input"
          window: Window = {from: 0, to: 10, labels: ["a", "b"]}
        }

        """  Leading spaces are kept on a single line."""
        directive @range(min: Int, max: Int) on ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION

        directive @key(fields: String!) repeatable on OBJECT | INTERFACE

        """Every location."""
        directive @everywhere(
          "why"
          reason: String = "because"
        ) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @registry(version: 3)

        extend schema {
          subscription: Subscription
        }

        extend scalar DateTime @precision(digits: 3)

        extend type Country implements Described @extra {
          capital: String
        }

        extend type Mutation {
          sign(treaty: ID!): Treaty
        }

        extend interface Named @marker2

        extend interface Node implements Described {
          description: String
        }

        extend union SearchResult = Organisation

        extend union Single @extended

        extend enum Script {
          GREEK
        }

        extend enum Direction @flag

        extend input CountryOrder {
          nullsFirst: Boolean = false
        }

        extend input Window @closed

        """
        A description ending with a quote"
        """
        type Statement {
          text(
            """
            Block with \""" inside and trailing backslash \
            """
            escaped: String
          ): String
          "Single-line \"quoted\" description"
          quoted: String
        }

        """
          indented first line
        less indented
        """
        type Treaty {
          id: ID!
        }
        """";

    /// <summary>"Kind start end" per node, in graphql-js's visiting order.</summary>
    public const string SchemaDocumentNodes =
        """"
        Document 0 2918
        SchemaDefinition 70 221
        StringValue 70 123
        Directive 131 152
        Name 132 140
        Argument 141 151
        Name 141 148
        IntValue 150 151
        OperationTypeDefinition 157 169
        NamedType 164 169
        Name 164 169
        OperationTypeDefinition 172 190
        NamedType 182 190
        Name 182 190
        OperationTypeDefinition 193 219
        NamedType 207 219
        Name 207 219
        ScalarTypeDefinition 223 311
        StringValue 223 245
        Name 253 261
        Directive 262 311
        Name 263 274
        Argument 275 310
        Name 275 278
        StringValue 280 310
        ScalarTypeDefinition 313 325
        Name 320 325
        InterfaceTypeDefinition 327 391
        StringValue 327 362
        Name 373 377
        FieldDefinition 382 389
        Name 382 384
        NonNullType 386 389
        NamedType 386 388
        Name 386 388
        InterfaceTypeDefinition 393 626
        Name 403 408
        NamedType 420 424
        Name 420 424
        NamedType 427 436
        Name 427 436
        Directive 437 444
        Name 438 444
        FieldDefinition 449 456
        Name 449 451
        NonNullType 453 456
        NamedType 453 455
        Name 453 455
        FieldDefinition 459 624
        StringValue 459 482
        Name 485 489
        InputValueDefinition 495 547
        StringValue 495 520
        Name 525 531
        NamedType 533 539
        Name 533 539
        EnumValue 542 547
        InputValueDefinition 553 612
        StringValue 553 591
        Name 596 604
        NamedType 606 612
        Name 606 612
        NamedType 618 624
        Name 618 624
        ObjectTypeDefinition 628 933
        Name 633 640
        NamedType 654 658
        Name 654 658
        NamedType 661 666
        Name 661 666
        Directive 667 685
        Name 668 671
        Argument 672 684
        Name 672 678
        StringValue 680 684
        FieldDefinition 690 697
        Name 690 692
        NonNullType 694 697
        NamedType 694 696
        Name 694 696
        FieldDefinition 700 754
        Name 700 704
        InputValueDefinition 705 727
        Name 705 711
        NamedType 713 719
        Name 713 719
        EnumValue 722 727
        InputValueDefinition 729 745
        Name 729 737
        NamedType 739 745
        Name 739 745
        NamedType 748 754
        Name 748 754
        FieldDefinition 757 908
        Name 757 767
        InputValueDefinition 768 783
        Name 768 773
        NamedType 775 778
        Name 775 778
        IntValue 781 783
        InputValueDefinition 785 798
        Name 785 790
        NamedType 792 798
        Name 792 798
        InputValueDefinition 800 858
        Name 800 807
        ListType 809 824
        NonNullType 810 823
        NamedType 810 822
        Name 810 822
        ListValue 827 858
        ObjectValue 828 857
        ObjectField 829 840
        Name 829 834
        EnumValue 836 840
        ObjectField 842 856
        Name 842 851
        EnumValue 853 856
        NonNullType 861 872
        ListType 861 871
        NonNullType 862 870
        NamedType 862 869
        Name 862 869
        Directive 873 908
        Name 874 884
        Argument 885 907
        Name 885 891
        StringValue 893 907
        FieldDefinition 911 931
        Name 911 918
        ListType 920 931
        ListType 921 930
        NamedType 922 929
        Name 922 929
        ObjectTypeDefinition 935 1055
        Name 940 945
        FieldDefinition 950 969
        Name 950 954
        InputValueDefinition 955 962
        Name 955 957
        NonNullType 959 962
        NamedType 959 961
        Name 959 961
        NamedType 965 969
        Name 965 969
        FieldDefinition 972 1053
        Name 972 978
        InputValueDefinition 979 992
        Name 979 983
        NonNullType 985 992
        NamedType 985 991
        Name 985 991
        InputValueDefinition 994 1034
        Name 994 999
        NamedType 1001 1004
        Name 1001 1004
        IntValue 1007 1009
        Directive 1010 1034
        Name 1011 1016
        Argument 1017 1023
        Name 1017 1020
        IntValue 1022 1023
        Argument 1025 1033
        Name 1025 1028
        IntValue 1030 1033
        NonNullType 1037 1053
        ListType 1037 1052
        NonNullType 1038 1051
        NamedType 1038 1050
        Name 1038 1050
        ObjectTypeDefinition 1057 1070
        Name 1062 1070
        UnionTypeDefinition 1072 1135
        Name 1078 1090
        Directive 1091 1102
        Name 1092 1102
        NamedType 1107 1114
        Name 1107 1114
        NamedType 1117 1123
        Name 1117 1123
        NamedType 1126 1135
        Name 1126 1135
        UnionTypeDefinition 1137 1159
        Name 1143 1149
        NamedType 1152 1159
        Name 1152 1159
        EnumTypeDefinition 1161 1280
        Name 1166 1172
        Directive 1173 1178
        Name 1174 1178
        EnumValueDefinition 1183 1206
        StringValue 1183 1198
        Name 1201 1206
        EnumValueDefinition 1209 1227
        Name 1209 1215
        Directive 1216 1227
        Name 1217 1227
        EnumValueDefinition 1230 1278
        StringValue 1230 1267
        Name 1270 1278
        InputObjectTypeDefinition 1282 1460
        Name 1288 1300
        InputValueDefinition 1305 1332
        Name 1305 1310
        NonNullType 1312 1325
        NamedType 1312 1324
        Name 1312 1324
        EnumValue 1328 1332
        InputValueDefinition 1335 1384
        Name 1335 1344
        NamedType 1346 1355
        Name 1346 1355
        EnumValue 1358 1361
        Directive 1362 1384
        Name 1363 1368
        Argument 1369 1383
        Name 1369 1376
        StringValue 1378 1383
        InputValueDefinition 1387 1458
        StringValue 1387 1401
        Name 1404 1410
        NamedType 1412 1418
        Name 1412 1418
        ObjectValue 1421 1458
        ObjectField 1422 1429
        Name 1422 1426
        IntValue 1428 1429
        ObjectField 1431 1437
        Name 1431 1433
        IntValue 1435 1437
        ObjectField 1439 1457
        Name 1439 1445
        ListValue 1447 1457
        StringValue 1448 1451
        StringValue 1453 1456
        DirectiveDefinition 1462 1596
        StringValue 1462 1511
        Name 1523 1528
        InputValueDefinition 1529 1537
        Name 1529 1532
        NamedType 1534 1537
        Name 1534 1537
        InputValueDefinition 1539 1547
        Name 1539 1542
        NamedType 1544 1547
        Name 1544 1547
        Name 1552 1571
        Name 1574 1596
        DirectiveDefinition 1598 1664
        Name 1609 1612
        InputValueDefinition 1613 1628
        Name 1613 1619
        NonNullType 1621 1628
        NamedType 1621 1627
        Name 1621 1627
        Name 1646 1652
        Name 1655 1664
        DirectiveDefinition 1666 2033
        StringValue 1666 1689
        Name 1701 1711
        InputValueDefinition 1715 1749
        StringValue 1715 1720
        Name 1723 1729
        NamedType 1731 1737
        Name 1731 1737
        StringValue 1740 1749
        Name 1766 1771
        Name 1774 1782
        Name 1785 1797
        Name 1800 1805
        Name 1808 1827
        Name 1830 1845
        Name 1848 1863
        Name 1866 1885
        Name 1888 1894
        Name 1897 1903
        Name 1906 1912
        Name 1915 1931
        Name 1934 1953
        Name 1956 1965
        Name 1968 1973
        Name 1976 1980
        Name 1983 1993
        Name 1996 2008
        Name 2011 2033
        SchemaExtension 2035 2070
        Directive 2049 2070
        Name 2050 2058
        Argument 2059 2069
        Name 2059 2066
        IntValue 2068 2069
        SchemaExtension 2072 2118
        OperationTypeDefinition 2090 2116
        NamedType 2104 2116
        Name 2104 2116
        ScalarTypeExtension 2120 2164
        Name 2134 2142
        Directive 2143 2164
        Name 2144 2153
        Argument 2154 2163
        Name 2154 2160
        IntValue 2162 2163
        ObjectTypeExtension 2166 2235
        Name 2178 2185
        NamedType 2197 2206
        Name 2197 2206
        Directive 2207 2213
        Name 2208 2213
        FieldDefinition 2218 2233
        Name 2218 2225
        NamedType 2227 2233
        Name 2227 2233
        ObjectTypeExtension 2237 2289
        Name 2249 2257
        FieldDefinition 2262 2287
        Name 2262 2266
        InputValueDefinition 2267 2278
        Name 2267 2273
        NonNullType 2275 2278
        NamedType 2275 2277
        Name 2275 2277
        NamedType 2281 2287
        Name 2281 2287
        InterfaceTypeExtension 2291 2322
        Name 2308 2313
        Directive 2314 2322
        Name 2315 2322
        InterfaceTypeExtension 2324 2392
        Name 2341 2345
        NamedType 2357 2366
        Name 2357 2366
        FieldDefinition 2371 2390
        Name 2371 2382
        NamedType 2384 2390
        Name 2384 2390
        UnionTypeExtension 2394 2434
        Name 2407 2419
        NamedType 2422 2434
        Name 2422 2434
        UnionTypeExtension 2436 2465
        Name 2449 2455
        Directive 2456 2465
        Name 2457 2465
        EnumTypeExtension 2467 2497
        Name 2479 2485
        EnumValueDefinition 2490 2495
        Name 2490 2495
        EnumTypeExtension 2499 2526
        Name 2511 2520
        Directive 2521 2526
        Name 2522 2526
        InputObjectTypeExtension 2528 2587
        Name 2541 2553
        InputValueDefinition 2558 2585
        Name 2558 2568
        NamedType 2570 2577
        Name 2570 2577
        BooleanValue 2580 2585
        InputObjectTypeExtension 2589 2616
        Name 2602 2608
        Directive 2609 2616
        Name 2610 2616
        ObjectTypeDefinition 2618 2843
        StringValue 2618 2660
        Name 2666 2675
        FieldDefinition 2680 2785
        Name 2680 2684
        InputValueDefinition 2690 2773
        StringValue 2690 2753
        Name 2758 2765
        NamedType 2767 2773
        Name 2767 2773
        NamedType 2779 2785
        Name 2779 2785
        FieldDefinition 2788 2841
        StringValue 2788 2824
        Name 2827 2833
        NamedType 2835 2841
        Name 2835 2841
        ObjectTypeDefinition 2845 2918
        StringValue 2845 2892
        Name 2898 2904
        FieldDefinition 2909 2916
        Name 2909 2911
        NonNullType 2913 2916
        NamedType 2913 2915
        Name 2913 2915
        """";
}
