// Korean strings of the kpc command line: the same keys as cli.en.ts (the type requires every one).
import type { cliEn } from './cli.en';

export const cliKo: Record<keyof typeof cliEn, string> = {
  'check.err.cannotList': '{dir}: 목록을 읽을 수 없어({message}) 건너뜁니다',
  'check.err.noFiles': 'FILE이나 DIR을 주지 않았습니다',
  'check.err.noneFound': '{arg}: 프로듀서 설정을 찾지 못했습니다(이름: {names}{include}). --include GLOB이나 .kpc.json의 "files"를 더하세요',
  'check.err.noneFoundInclude': '; --include {globs}',
  'check.err.notChecked': '{file}: 검사하지 않음: {config}에 오류가 있습니다',
  'check.err.stopped': '{arg}: 파일 {count}개에서 멈췄습니다',
  'check.errors.one': '오류 {n}개',
  'check.errors.other': '오류 {n}개',
  'check.files.one': '파일 {n}개',
  'check.files.other': '파일 {n}개',
  'check.note': '참고: {line} ({how})',
  'check.others.one': '그 밖의 문제 {n}개',
  'check.others.other': '그 밖의 문제 {n}개',
  'check.summary': '{files} 검사: {errors}, {others}',
  'check.usage': `사용법: kpc check [FILE|DIR|-]... [옵션]

  FILE                     프로듀서 설정 파일. DIR: 그 아래의 모든 프로듀서 설정({patterns},
                           --dialect properties가 아니면 Spring Boot의 application[-PROFILE].properties/.yml/.yaml,
                           --include와 각 .kpc.json의 "files"까지. node_modules, .git, target/, build/, dist/,
                           out/ 같은 빌드 출력은 건너뜀). -: 표준 입력

옵션:
  --kafka-version V        규칙을 적용할 Kafka 버전(2.8 … {latest}, 또는 3.0.1 형식). 기본값: 가장 가까운
                           .kpc.json의 kafkaVersion, 없으면 가장 가까운 빌드 파일(pom.xml, build.gradle[.kts],
                           gradle/libs.versions.toml, Spring Boot)의 kafka-clients 버전, 없으면 latest
  --client C               java (KafkaProducer, 기본값) 또는 console-producer (kafka-console-producer.sh)
  --format F               text (기본값), json 또는 sarif
  --severity CODE=LEVEL    규칙의 심각도 바꾸기(error|warning|information|hint|off). 여러 번 쓸 수 있음
  --allow KEY[,KEY]        알 수 없는 키로 보고하지 않을 사용자 정의 키
  --include GLOB           각 DIR 아래에서 더 검사할 파일(경로 없는 이름은 어느 폴더에서나 맞음). 여러 번 쓸 수 있음
  --stdin-filename NAME    표준 입력을 보고할 이름(그 위치에서 .kpc.json과 빌드 파일을 찾음)
  --quiet, -q              오류만: 경고, 정보, 힌트, 참고, 요약을 빼고 출력
  --exit-zero              오류가 있어도 0으로 끝냄(사용법·입출력 오류는 여전히 2)
  --color, --no-color      색을 켜거나 끔(기본값: 터미널이면 켬, NO_COLOR면 끔, FORCE_COLOR면 켬)
  --locale en|ko           메시지 언어
  --dialect D              spring (Spring Boot application*.properties / .yml) 또는 properties (프로듀서
                           설정). 기본값: 파일 이름으로 판단
  --spring-boot V          동작을 적용할 Spring Boot 릴리스(2.7 … 4.1, 기본값은 최신).
                           Kafka 버전의 기본값은 그 릴리스가 관리하는 버전

파일 안의 "# kpc: kafka-version=" 주석이 무엇보다 우선합니다. .kpc.json(각 파일에서 위로 올라가며 찾음)은
client, severity, allowedKeys, files와 팀 정책도 정하며, 정책 위반은 "policy" 코드로 보고합니다.

종료 코드: 0 오류 없음, 1 오류 있음, 2 사용법·입출력·.kpc.json 오류
`,
  'cli.err.bothColors': '--color와 --no-color 중 하나만 주세요',
  'cli.err.client': '--client는 {clients}여야 합니다(\'{value}\'는 안 됨)',
  'cli.err.dialect': '--dialect는 spring 또는 properties여야 합니다(\'{value}\'는 안 됨)',
  'cli.err.formatSarif': '--format은 text, json 또는 sarif여야 합니다(\'{value}\'는 안 됨)',
  'cli.err.needsValue': '{name} 옵션에는 값이 필요합니다',
  'cli.err.severity': '--severity는 CODE={levels} 형식입니다(\'{value}\'는 안 됨)',
  'cli.err.takesNoValue': '{name} 옵션은 값을 받지 않습니다',
  'cli.err.unknownOption': '알 수 없는 옵션 {option}{hint}',
  'fix.applied.one': '{n}개 고침',
  'fix.applied.other': '{n}개 고침',
  'fix.err.notFixed': '{file}: 고치지 않음: {config}에 오류가 있습니다',
  'fix.err.oneFile': 'FILE은 정확히 하나여야 합니다({count}개를 받음)',
  'fix.err.writeStdin': '--write에는 표준 입력이 아니라 FILE이 필요합니다',
  'fix.usage': `사용법: kpc fix FILE|- [--write] [--kafka-version V] [--client java|console-producer]
                  [--dialect spring|properties] [--spring-boot V]

안전한 수정을 모두 적용합니다(제안이 하나뿐인 오타 이름 바꾸기, 멱등성을 명시적으로 켠 곳의 acks=all,
똑같은 중복 줄 지우기, .kpc.json 정책이 정한 값, ...). --write가 없으면 결과를 stdout에 씁니다. -는 표준
입력을 읽습니다(--stdin-filename NAME으로 프로젝트 위치를 알려 줌). 다시 실행해도 더 바뀌지 않습니다. Kafka
버전과 정책은 kpc check처럼 명령줄, 가장 가까운 .kpc.json, 가장 가까운 빌드 파일에서 옵니다.

--write는 파일을 원자적으로 바꿉니다(옆에 임시 파일을 만들어 그 위로 이름을 바꿈). 모드와 소유자를 지키고,
심볼릭 링크는 가리키는 파일에 씁니다. kpc가 읽은 뒤 파일이 바뀌었거나, 다른 하드 링크가 있거나, 소유자를
지킬 수 없으면 아무것도 쓰지 않습니다(종료 코드 2).
`,
  'io.cannotRead': '{file}: 읽을 수 없습니다({code})',
  'io.directory': '{file}: 설정 파일이 아니라 디렉터리입니다',
  'io.noSuchFile': '{file}: 파일이 없습니다',
  'io.notRegular': '{file}: 쓰지 않음: 일반 파일이 아닙니다',
  'io.permission': '{file}: 권한이 없습니다',
  'io.symlinks': '{file}: 심볼릭 링크가 너무 많습니다',
  'io.tooLarge': '{file}: {message}',
  'write.changed': 'kpc가 읽은 뒤 파일이 바뀌었습니다(다른 프로그램이 저장했나요?)',
  'write.failed': '{file}: 쓰지 않음({code}). 파일은 그대로입니다',
  'write.hardLinks': '하드 링크가 {links}개 있어, 바꾸면 나머지 링크에는 옛 내용이 남습니다',
  'write.noRoom': '{file}: 쓰지 않음: 새 내용을 쓸 공간이 없습니다({code}: 장치가 가득 찼거나 할당량 또는 파일 크기 한도에 닿음). 파일은 그대로입니다',
  'write.notRegular': '일반 파일이 아닙니다',
  'write.owner': '바꿀 파일의 소유자를 지킬 수 없습니다(uid {uid}, gid {gid}): {code}',
  'write.permission': '{file}: 쓰지 않음: 권한이 없습니다(바꿀 파일은 원래 파일의 디렉터리에 만듭니다). 파일은 그대로입니다',
  'write.refused': '{file}: 쓰지 않음: {reason}. 파일은 그대로입니다',
  'write.removed': '{file}: 쓰지 않음: 읽은 뒤 파일이 지워졌습니다',
  'lsp.err.noServer': '번들된 서버를 찾을 수 없습니다({paths}에서 찾음). `npm run build`를 실행하세요',
  'lsp.err.transport': '전송 방식을 고르세요',
  'lsp.usage': `사용법: kpc lsp --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--locale en|ko]
Kafka Producer Config 언어 서버를 실행합니다(VS Code 확장이 쓰는 것과 같은 서버).
--locale은 서버 메시지의 언어를 정합니다. 없으면 클라이언트의 로캘을 따릅니다(보내지 않으면 영어).
`,
  'main.err.unknownCommand': '알 수 없는 명령 \'{name}\'{hint}',
  'main.err.unknownOption': '알 수 없는 옵션 \'{name}\'{hint}',
  'main.usage': `사용법: kpc <명령> [옵션]

명령:
  check FILE|DIR|-...  프로듀서 설정 파일의 문제 보고(DIR: 그 아래의 모든 프로듀서 설정)
  fix FILE|-           안전한 수정을 모두 적용
  describe KEY         키 하나의 카탈로그 항목 출력
  rules [CODE]         규칙 목록, 또는 규칙 하나의 문서 출력
  partition KEY...     키의 파티션 계산(murmur2)
  simulate FILE        프로듀서 시뮬레이터 실행
  lsp --stdio          stdio로 언어 서버 실행

  kpc help COMMAND     명령의 옵션
  kpc --version        kpc 버전과 아는 Kafka 버전
`,
  'partition.err.noKeys': 'KEY를 하나 이상 주세요',
  'partition.err.partitions': '--partitions에는 1부터 1000000까지의 정수가 필요합니다(\'{value}\'는 안 됨)',
  'partition.err.required': '--partitions N이 필요합니다',
  'partition.usage': `사용법: kpc partition --partitions N KEY...

  --partitions N   토픽의 파티션 수(1 … 1000000)
  KEY              프로듀서의 StringSerializer가 보내는 그대로의 키(UTF-8). -로 시작하는 키 앞에는 --를 쓰세요
  --locale L       메시지 언어: en (기본값) 또는 ko
`,
  'rules.err.oneCode': 'CODE는 하나까지입니다',
  'rules.err.unknown': '\'{code}\' 규칙이 없습니다(kpc rules로 목록을 보세요)',
  'rules.usage': `사용법: kpc rules [CODE] [옵션]

옵션:
  --format F     text (기본값) 또는 json
  --locale L     en (기본값) 또는 ko

종료 코드: 0, 알 수 없는 CODE나 사용법 오류는 2
`,
  'cli.didYouMean': '; 혹시 {list}?',
  'cli.err.locale': '--locale은 en 또는 ko여야 합니다(\'{value}\'는 안 됨)',
  'cli.or': ' 또는 ',
  'cli.versionFromComment': '파일의 # kpc: kafka-version= 주석',
  'simulate.crossRack': '  랙 간 전송 {mb} MB/s (보낸 바이트의 {share}%)',
  'simulate.err.clientRack': '--client-rack {rack}은(는) 랙 {racks}개(0 … {last}) 중 하나가 아닙니다',
  'simulate.err.duration': '--duration {seconds} s는 이 속도에서 레코드 {records}개입니다. 한도는 1 … {max}입니다',
  'simulate.err.failover': 'failover:MS에는 broker-down:MS가 필요합니다',
  'simulate.err.fault': '잘못된 --faults 항목 \'{item}\': lost-ack:P, request-failure:P, broker-down:MS, failover:MS 중 하나를 쓰세요',
  'simulate.err.faultDuration': '잘못된 --faults 항목 \'{item}\': 시간이 너무 깁니다',
  'simulate.err.faultProbability': '잘못된 --faults 항목 \'{item}\': 확률은 0과 1 사이입니다',
  'simulate.err.faultTooLarge': '잘못된 --faults 항목 \'{item}\': 값이 너무 큽니다',
  'simulate.err.fileRequired': 'FILE이 필요합니다',
  'simulate.err.keys': '잘못된 --keys \'{spec}\': null, uniform:K 또는 skewed:K를 쓰세요',
  'simulate.err.keysCount': '잘못된 --keys \'{spec}\': K는 1..{max}여야 합니다',
  'simulate.err.keysUniform': '잘못된 --keys \'{spec}\': uniform은 K만 받습니다',
  'simulate.err.number': '{name}에는 {min}부터 {max}까지의 수가 필요합니다(\'{value}\'는 안 됨)',
  'simulate.err.oneFile': 'FILE은 하나만 받습니다(\'{first}\'와 \'{second}\'를 받음)',
  'simulate.err.recordsOrDuration': '--records와 --duration 중 하나만 주세요',
  'simulate.err.wholeNumber': '{name}에는 {min}부터 {max}까지의 정수가 필요합니다(\'{value}\'는 안 됨)',
  'simulate.faults.brokerDown': '브로커 {broker} {ms} ms 중단{failover}',
  'simulate.faults.failover': ', {ms} ms 뒤 장애 조치',
  'simulate.faults.lostAck': '응답 유실 {p}',
  'simulate.faults.none': '장애 없음',
  'simulate.faults.requestFailure': '요청 실패 {p}',
  'simulate.keys.null': 'null 키',
  'simulate.keys.over': '키 {count}개에 {kind} 분포',
  'simulate.line.partitions': '파티션  브로커{rack}     레코드        바이트  배치',
  'simulate.line.scenario': '시나리오  레코드 {records}개, 초당 {rate}, 값 {valueBytes} B, {keys}, 파티션 {partitions}개, 브로커 {brokers}개{racks}, {faults}, 시드 {seed}',
  'simulate.line.settings': '설정      acks={acks} idempotence={idempotence} batch.size={batchSize} linger.ms={lingerMs} compression={compression} max.in.flight={maxInFlight} retries={retries}',
  'simulate.line.warning': '경고      {warning}',
  'simulate.racks': ', 랙 {racks}개(클라이언트는 랙 {rack}{clientRack})',
  'simulate.row.batches': '배치       {count}  평균 채움 {fill}%  배치당 레코드 {perBatch}개  재시도 {retried}  만료 {expired}',
  'simulate.row.buffer': '버퍼       최대 사용 {kib} KiB  대기 {ms} ms  소진 {exhausted}',
  'simulate.row.latency': '지연       p50 {p50} ms  p95 {p95} ms  p99 {p99} ms  최대 {max} ms',
  'simulate.row.records': '레코드     보냄 {sent}  전달 {delivered}  유실 {lost} (실패 {failed}, 조용히 {silently})  중복 {duplicated}  순서 바뀜 {reordered}',
  'simulate.row.requests': '요청       {count}  요청당 레코드 {perRequest}개  실패 {failed}  시간 초과 {timedOut}',
  'simulate.row.throughput': '처리량     초당 레코드 {records}개  {mb} MB/s{crossRack}',
  'simulate.usage': `사용법: kpc simulate FILE [옵션]

  --kafka-version V   기본값과 파티셔너를 적용할 Kafka 버전, 패치는 3.0.1 형식
                      (파일의 '# kpc: kafka-version=' 주석이 우선. 기본값: 가장 가까운 .kpc.json,
                      없으면 가장 가까운 빌드 파일, 없으면 latest)
  --client C          java (KafkaProducer, 기본값) 또는 console-producer (kafka-console-producer.sh,
                      그것이 채워 넣는 값이 적용됨. '# kpc: client=' 주석이 우선)
  --dialect D         spring (Spring Boot application*.properties / .yml: Boot가 만드는 설정) 또는
                      properties (프로듀서 설정). 기본값: 파일 이름으로 판단
  --spring-boot V     Spring 파일의 Spring Boot 릴리스(기본값은 다루는 최신 릴리스)
  --records N         보낼 레코드 수(기본값 {records}, 최대 {maxRecords})
  --rate PER_SEC      초당 send() 호출 수(기본값 {rate})
  --value-bytes N     레코드 값 크기(기본값 {valueBytes})
  --partitions N      토픽의 파티션 수(기본값 {partitions})
  --brokers N         브로커 수. 파티션 p의 리더는 브로커 p % N(기본값 {brokers})
  --racks N           브로커가 나뉜 랙 수, 브로커 b는 랙 b % N(기본값: 파일이 client.rack이나
                      partitioner.rack.aware=true를 설정하면 3, 아니면 1). 랙이 둘 이상이면 클라이언트의
                      랙 밖에 있는 리더로 보낸 바이트를 출력에 보고
  --client-rack R     프로듀서가 있는 랙, 0 … N-1(기본값 0). 파일의 client.rack이 이름을 붙임
  --keys SPEC         null (기본값), uniform:K 또는 skewed:K (K개 키에 대한 Zipf 분포)
  --faults SPEC       쉼표로 나눈 목록: lost-ack:P, request-failure:P (요청당 확률),
                      broker-down:MS (실행의 4분의 1 지점부터 브로커 0이 MS ms 동안 중단),
                      failover:MS (중단 MS 뒤 그 파티션에 새 리더가 생김. 복제되지 않은 데이터는 유실)
  --duration S        레코드 수 대신 S초 동안 보냄(레코드 수 = 속도 × S)
  --rtt MS            네트워크 왕복 시간(기본값 {rtt})
  --replication-ms MS acks=all 응답 전에 팔로워를 더 기다리는 시간(기본값 {replicationMs})
  --compression-ratio R   코덱 프리셋의 압축 후/전 비율을 바꿈(0.01 … 1)
  --compression-cpu NS    코덱 프리셋의 프로듀서 CPU 비용을 바꿈, 바이트당 ns
  --seed S            난수 시드(기본값 {seed}). 같은 시드는 같은 결과를 냄
  --format text|json  출력 형식(기본값 text)
  --locale L          출력 언어: en (기본값) 또는 ko
`,
  'describe.confidence.docs': 'Apache가 공개한 문서에서 읽음',
  'describe.confidence.inferred': '추론함; 직접적인 근거는 찾지 못함',
  'describe.confidence.plugin': '플러그인 소스에서 읽음',
  'describe.confidence.source': 'Kafka의 Java 소스에서 읽음',
  'describe.confidence.third-party': 'Kafka 코드에 대한 제3자 자료에서 읽음',
  'describe.constructCheck': ' (ConfigDef가 아니라 프로듀서를 만들 때 검사)',
  'describe.deprecatedSince': '{version}부터{instead}',
  'describe.deprecatedValue': '{value}: {since}부터 지원 중단{removed}; {replacement}',
  'describe.empty': '"" (빈 값)',
  'cli.err.format': '--format은 text 또는 json이어야 합니다(\'{value}\'는 안 됨)',
  'describe.err.mapKey': '{key}: Boot는 \'{kafka}\'를 적힌 그대로 Kafka에 넘깁니다(properties 맵 아래의 키)',
  'describe.err.missingKey': 'KEY가 없습니다',
  'describe.err.notSpring': '\'{key}\'는 Spring Boot의 Kafka 속성이 아닙니다',
  'describe.err.otherComponent': '\'{key}\'는 프로듀서 키가 아니라 {component}의 키입니다. {note}',
  'describe.err.unexpected': '예상하지 못한 인자 \'{arg}\' (describe는 키 하나만 받습니다)',
  'describe.err.unknown': '알 수 없는 프로듀서 키 \'{key}\'{hint}',
  'describe.history': '이력: {text}',
  'describe.instead': '대신: {key}',
  'describe.insteadSuffix': '; 대신: {key}',
  'describe.internal': '예 (Kafka 내부 키, 공식 문서에 없음)',
  'describe.like': '; {key}에 해당',
  'describe.no': '아니요',
  'describe.none': '(없음)',
  'describe.notPassed': '(없음: Kafka에 넘기지 않음)',
  'describe.orEarlier': ' (또는 그 이전)',
  'describe.otherVersions': 'Kafka {version}은(는) {key}를 받지 않습니다. {range}에 있는 키입니다. Kafka {shown} 기준으로 보여 줍니다.',
  'describe.readBy': '{label} ({readers}), ProducerConfig는 읽지 않음{like}',
  'describe.removedIn': '{version}에서',
  'describe.removedSuffix': ', {version}에서 제거',
  'describe.row.boot': 'Boot',
  'describe.row.default': '기본값',
  'describe.row.deprecated': '지원 중단',
  'describe.row.deprecatedValue': '지원 중단 값',
  'describe.row.facts': '사실 출처',
  'describe.row.group': '그룹',
  'describe.row.history': '기본값 이력',
  'describe.row.importance': '중요도',
  'describe.row.internal': '내부 키',
  'describe.row.kafkaKey': 'Kafka 키',
  'describe.row.note': '참고',
  'describe.row.readBy': '읽는 곳',
  'describe.row.removed': '제거',
  'describe.row.required': '필수',
  'describe.row.since': '도입',
  'describe.row.source': '출처',
  'describe.row.sourceNote': '출처 메모',
  'describe.row.type': '형식',
  'describe.row.unit': '단위',
  'describe.row.valid': '허용 값',
  'describe.secret': ' (비밀 값: 값은 표시하지 않음)',
  'describe.sinceOrEarlier': '{version} 또는 그 이전',
  'describe.usage': `사용법: kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]

  KEY               프로듀서 설정 키(예: batch.size) 또는 Spring Boot 속성:
                    spring.kafka.producer.batch-size, spring.kafka.producer.properties.linger.ms
  --kafka-version   {oldest} … {latest}, 3.6.1 같은 패치 버전, 또는 latest (기본값, {latest})
  --format          text (기본값) 또는 json (카탈로그의 KeyInfo 객체)
  --locale          문서 언어: en (기본값) 또는 ko
`,
  'describe.values': '값: {text}',
  'describe.yes': '예',
};
