if a0:
    pass
elif a1:
    pass
elif a2:
    pass
elif a3:
    pass
elif a4:
    pass
elif a5:
    pass
elif a6:
    pass
elif a7:
    pass
elif a8:
    pass
elif a9:
    pass
elif a10:
    pass
elif a11:
    pass
elif a12:
    pass
elif a13:
    pass
elif a14:
    pass
elif a15:
    pass
elif a16:
    pass
elif a17:
    pass
elif a18:
    pass
elif a19:
    pass
elif a20:
    pass
elif a21:
    pass
elif a22:
    pass
elif a23:
    pass
elif a24:
    pass
elif a25:
    pass
elif a26:
    pass
elif a27:
    pass
elif a28:
    pass
elif a29:
    pass
elif a30:
    pass
elif a31:
    pass
elif a32:
    pass
elif a33:
    pass
elif a34:
    pass
elif a35:
    pass
elif a36:
    pass
elif a37:
    pass
elif a38:
    pass
elif a39:
    pass
elif a40:
    pass
elif a41:
    pass
elif a42:
    pass
elif a43:
    pass
elif a44:
    pass
elif a45:
    pass
elif a46:
    pass
elif a47:
    pass
elif a48:
    pass
elif a49:
    pass
elif a50:
    pass
elif a51:
    pass
elif a52:
    pass
elif a53:
    pass
elif a54:
    pass
elif a55:
    pass
elif a56:
    pass
elif a57:
    pass
elif a58:
    pass
elif a59:
    pass
elif a60:
    pass
elif a61:
    pass
elif a62:
    pass
elif a63:
    pass
elif a64:
    pass
elif a65:
    pass
elif a66:
    pass
elif a67:
    pass
elif a68:
    pass
elif a69:
    pass
elif a70:
    pass
elif a71:
    pass
elif a72:
    pass
elif a73:
    pass
elif a74:
    pass
elif a75:
    pass
elif a76:
    pass
elif a77:
    pass
elif a78:
    pass
elif a79:
    pass
elif a80:
    pass
elif a81:
    pass
elif a82:
    pass
elif a83:
    pass
elif a84:
    pass
elif a85:
    pass
elif a86:
    pass
elif a87:
    pass
elif a88:
    pass
elif a89:
    pass
elif a90:
    pass
elif a91:
    pass
elif a92:
    pass
elif a93:
    pass
elif a94:
    pass
elif a95:
    pass
elif a96:
    pass
elif a97:
    pass
elif a98:
    pass
elif a99:
    pass
elif a100:
    pass
elif a101:
    pass
elif a102:
    pass
elif a103:
    pass
elif a104:
    pass
elif a105:
    pass
elif a106:
    pass
elif a107:
    pass
elif a108:
    pass
elif a109:
    pass
elif a110:
    pass
elif a111:
    pass
elif a112:
    pass
elif a113:
    pass
elif a114:
    pass
elif a115:
    pass
elif a116:
    pass
elif a117:
    pass
elif a118:
    pass
elif a119:
    pass
elif a120:
    pass
elif a121:
    pass
elif a122:
    pass
elif a123:
    pass
elif a124:
    pass
elif a125:
    pass
elif a126:
    pass
elif a127:
    pass
elif a128:
    pass
elif a129:
    pass
elif a130:
    pass
elif a131:
    pass
elif a132:
    pass
elif a133:
    pass
elif a134:
    pass
elif a135:
    pass
elif a136:
    pass
elif a137:
    pass
elif a138:
    pass
elif a139:
    pass
elif a140:
    pass
elif a141:
    pass
elif a142:
    pass
elif a143:
    pass
elif a144:
    pass
elif a145:
    pass
elif a146:
    pass
elif a147:
    pass
elif a148:
    pass
elif a149:
    pass
elif a150:
    pass
elif a151:
    pass
elif a152:
    pass
elif a153:
    pass
elif a154:
    pass
elif a155:
    pass
elif a156:
    pass
elif a157:
    pass
elif a158:
    pass
elif a159:
    pass
elif a160:
    pass
elif a161:
    pass
elif a162:
    pass
elif a163:
    pass
elif a164:
    pass
elif a165:
    pass
elif a166:
    pass
elif a167:
    pass
elif a168:
    pass
elif a169:
    pass
elif a170:
    pass
elif a171:
    pass
elif a172:
    pass
elif a173:
    pass
elif a174:
    pass
elif a175:
    pass
elif a176:
    pass
elif a177:
    pass
elif a178:
    pass
elif a179:
    pass
elif a180:
    pass
elif a181:
    pass
elif a182:
    pass
elif a183:
    pass
elif a184:
    pass
elif a185:
    pass
elif a186:
    pass
elif a187:
    pass
elif a188:
    pass
elif a189:
    pass
elif a190:
    pass
elif a191:
    pass
elif a192:
    pass
elif a193:
    pass
elif a194:
    pass
elif a195:
    pass
elif a196:
    pass
elif a197:
    pass
elif a198:
    pass
elif a199:
    pass
elif a200:
    pass
elif a201:
    pass
elif a202:
    pass
elif a203:
    pass
elif a204:
    pass
elif a205:
    pass
elif a206:
    pass
elif a207:
    pass
elif a208:
    pass
elif a209:
    pass
elif a210:
    pass
elif a211:
    pass
elif a212:
    pass
elif a213:
    pass
elif a214:
    pass
elif a215:
    pass
elif a216:
    pass
elif a217:
    pass
elif a218:
    pass
elif a219:
    pass
elif a220:
    pass
elif a221:
    pass
elif a222:
    pass
elif a223:
    pass
elif a224:
    pass
elif a225:
    pass
elif a226:
    pass
elif a227:
    pass
elif a228:
    pass
elif a229:
    pass
elif a230:
    pass
elif a231:
    pass
elif a232:
    pass
elif a233:
    pass
elif a234:
    pass
elif a235:
    pass
elif a236:
    pass
elif a237:
    pass
elif a238:
    pass
elif a239:
    pass
elif a240:
    pass
elif a241:
    pass
elif a242:
    pass
elif a243:
    pass
elif a244:
    pass
elif a245:
    pass
elif a246:
    pass
elif a247:
    pass
elif a248:
    pass
elif a249:
    pass
elif a250:
    pass
elif a251:
    pass
elif a252:
    pass
elif a253:
    pass
elif a254:
    pass
elif a255:
    pass
elif a256:
    pass
elif a257:
    pass
elif a258:
    pass
elif a259:
    pass
elif a260:
    pass
elif a261:
    pass
elif a262:
    pass
elif a263:
    pass
elif a264:
    pass
elif a265:
    pass
elif a266:
    pass
elif a267:
    pass
elif a268:
    pass
elif a269:
    pass
elif a270:
    pass
elif a271:
    pass
elif a272:
    pass
elif a273:
    pass
elif a274:
    pass
elif a275:
    pass
elif a276:
    pass
elif a277:
    pass
elif a278:
    pass
elif a279:
    pass
elif a280:
    pass
elif a281:
    pass
elif a282:
    pass
elif a283:
    pass
elif a284:
    pass
elif a285:
    pass
elif a286:
    pass
elif a287:
    pass
elif a288:
    pass
elif a289:
    pass
elif a290:
    pass
elif a291:
    pass
elif a292:
    pass
elif a293:
    pass
elif a294:
    pass
elif a295:
    pass
elif a296:
    pass
elif a297:
    pass
elif a298:
    pass
elif a299:
    pass
elif a300:
    pass
elif a301:
    pass
elif a302:
    pass
elif a303:
    pass
elif a304:
    pass
elif a305:
    pass
elif a306:
    pass
elif a307:
    pass
elif a308:
    pass
elif a309:
    pass
elif a310:
    pass
elif a311:
    pass
elif a312:
    pass
elif a313:
    pass
elif a314:
    pass
elif a315:
    pass
elif a316:
    pass
elif a317:
    pass
elif a318:
    pass
elif a319:
    pass
elif a320:
    pass
elif a321:
    pass
elif a322:
    pass
elif a323:
    pass
elif a324:
    pass
elif a325:
    pass
elif a326:
    pass
elif a327:
    pass
elif a328:
    pass
elif a329:
    pass
elif a330:
    pass
elif a331:
    pass
elif a332:
    pass
elif a333:
    pass
elif a334:
    pass
elif a335:
    pass
elif a336:
    pass
elif a337:
    pass
elif a338:
    pass
elif a339:
    pass
elif a340:
    pass
elif a341:
    pass
elif a342:
    pass
elif a343:
    pass
elif a344:
    pass
elif a345:
    pass
elif a346:
    pass
elif a347:
    pass
elif a348:
    pass
elif a349:
    pass
elif a350:
    pass
elif a351:
    pass
elif a352:
    pass
elif a353:
    pass
elif a354:
    pass
elif a355:
    pass
elif a356:
    pass
elif a357:
    pass
elif a358:
    pass
elif a359:
    pass
elif a360:
    pass
elif a361:
    pass
elif a362:
    pass
elif a363:
    pass
elif a364:
    pass
elif a365:
    pass
elif a366:
    pass
elif a367:
    pass
elif a368:
    pass
elif a369:
    pass
elif a370:
    pass
elif a371:
    pass
elif a372:
    pass
elif a373:
    pass
elif a374:
    pass
elif a375:
    pass
elif a376:
    pass
elif a377:
    pass
elif a378:
    pass
elif a379:
    pass
elif a380:
    pass
elif a381:
    pass
elif a382:
    pass
elif a383:
    pass
elif a384:
    pass
elif a385:
    pass
elif a386:
    pass
elif a387:
    pass
elif a388:
    pass
elif a389:
    pass
elif a390:
    pass
elif a391:
    pass
elif a392:
    pass
elif a393:
    pass
elif a394:
    pass
elif a395:
    pass
elif a396:
    pass
elif a397:
    pass
elif a398:
    pass
elif a399:
    pass
elif a400:
    pass
elif a401:
    pass
elif a402:
    pass
elif a403:
    pass
elif a404:
    pass
elif a405:
    pass
elif a406:
    pass
elif a407:
    pass
elif a408:
    pass
elif a409:
    pass
elif a410:
    pass
elif a411:
    pass
elif a412:
    pass
elif a413:
    pass
elif a414:
    pass
elif a415:
    pass
elif a416:
    pass
elif a417:
    pass
elif a418:
    pass
elif a419:
    pass
elif a420:
    pass
elif a421:
    pass
elif a422:
    pass
elif a423:
    pass
elif a424:
    pass
elif a425:
    pass
elif a426:
    pass
elif a427:
    pass
elif a428:
    pass
elif a429:
    pass
elif a430:
    pass
elif a431:
    pass
elif a432:
    pass
elif a433:
    pass
elif a434:
    pass
elif a435:
    pass
elif a436:
    pass
elif a437:
    pass
elif a438:
    pass
elif a439:
    pass
elif a440:
    pass
elif a441:
    pass
elif a442:
    pass
elif a443:
    pass
elif a444:
    pass
elif a445:
    pass
elif a446:
    pass
elif a447:
    pass
elif a448:
    pass
elif a449:
    pass
elif a450:
    pass
elif a451:
    pass
elif a452:
    pass
elif a453:
    pass
elif a454:
    pass
elif a455:
    pass
elif a456:
    pass
elif a457:
    pass
elif a458:
    pass
elif a459:
    pass
elif a460:
    pass
elif a461:
    pass
elif a462:
    pass
elif a463:
    pass
elif a464:
    pass
elif a465:
    pass
elif a466:
    pass
elif a467:
    pass
elif a468:
    pass
elif a469:
    pass
elif a470:
    pass
elif a471:
    pass
elif a472:
    pass
elif a473:
    pass
elif a474:
    pass
elif a475:
    pass
elif a476:
    pass
elif a477:
    pass
elif a478:
    pass
elif a479:
    pass
elif a480:
    pass
elif a481:
    pass
elif a482:
    pass
elif a483:
    pass
elif a484:
    pass
elif a485:
    pass
elif a486:
    pass
elif a487:
    pass
elif a488:
    pass
elif a489:
    pass
elif a490:
    pass
elif a491:
    pass
elif a492:
    pass
elif a493:
    pass
elif a494:
    pass
elif a495:
    pass
elif a496:
    pass
elif a497:
    pass
elif a498:
    pass
elif a499:
    pass
elif a500:
    pass
elif a501:
    pass
elif a502:
    pass
elif a503:
    pass
elif a504:
    pass
elif a505:
    pass
elif a506:
    pass
elif a507:
    pass
elif a508:
    pass
elif a509:
    pass
elif a510:
    pass
elif a511:
    pass
elif a512:
    pass
elif a513:
    pass
elif a514:
    pass
elif a515:
    pass
elif a516:
    pass
elif a517:
    pass
elif a518:
    pass
elif a519:
    pass
elif a520:
    pass
elif a521:
    pass
elif a522:
    pass
elif a523:
    pass
elif a524:
    pass
elif a525:
    pass
elif a526:
    pass
elif a527:
    pass
elif a528:
    pass
elif a529:
    pass
elif a530:
    pass
elif a531:
    pass
elif a532:
    pass
elif a533:
    pass
elif a534:
    pass
elif a535:
    pass
elif a536:
    pass
elif a537:
    pass
elif a538:
    pass
elif a539:
    pass
elif a540:
    pass
elif a541:
    pass
elif a542:
    pass
elif a543:
    pass
elif a544:
    pass
elif a545:
    pass
elif a546:
    pass
elif a547:
    pass
elif a548:
    pass
elif a549:
    pass
elif a550:
    pass
elif a551:
    pass
elif a552:
    pass
elif a553:
    pass
elif a554:
    pass
elif a555:
    pass
elif a556:
    pass
elif a557:
    pass
elif a558:
    pass
elif a559:
    pass
elif a560:
    pass
elif a561:
    pass
elif a562:
    pass
elif a563:
    pass
elif a564:
    pass
elif a565:
    pass
elif a566:
    pass
elif a567:
    pass
elif a568:
    pass
elif a569:
    pass
elif a570:
    pass
elif a571:
    pass
elif a572:
    pass
elif a573:
    pass
elif a574:
    pass
elif a575:
    pass
elif a576:
    pass
elif a577:
    pass
elif a578:
    pass
elif a579:
    pass
elif a580:
    pass
elif a581:
    pass
elif a582:
    pass
elif a583:
    pass
elif a584:
    pass
elif a585:
    pass
elif a586:
    pass
elif a587:
    pass
elif a588:
    pass
elif a589:
    pass
elif a590:
    pass
elif a591:
    pass
elif a592:
    pass
elif a593:
    pass
elif a594:
    pass
elif a595:
    pass
elif a596:
    pass
elif a597:
    pass
elif a598:
    pass
elif a599:
    pass
elif a600:
    pass
elif a601:
    pass
elif a602:
    pass
elif a603:
    pass
elif a604:
    pass
elif a605:
    pass
elif a606:
    pass
elif a607:
    pass
elif a608:
    pass
elif a609:
    pass
elif a610:
    pass
elif a611:
    pass
elif a612:
    pass
elif a613:
    pass
elif a614:
    pass
elif a615:
    pass
elif a616:
    pass
elif a617:
    pass
elif a618:
    pass
elif a619:
    pass
elif a620:
    pass
elif a621:
    pass
elif a622:
    pass
elif a623:
    pass
elif a624:
    pass
elif a625:
    pass
elif a626:
    pass
elif a627:
    pass
elif a628:
    pass
elif a629:
    pass
elif a630:
    pass
elif a631:
    pass
elif a632:
    pass
elif a633:
    pass
elif a634:
    pass
elif a635:
    pass
elif a636:
    pass
elif a637:
    pass
elif a638:
    pass
elif a639:
    pass
elif a640:
    pass
elif a641:
    pass
elif a642:
    pass
elif a643:
    pass
elif a644:
    pass
elif a645:
    pass
elif a646:
    pass
elif a647:
    pass
elif a648:
    pass
elif a649:
    pass
elif a650:
    pass
elif a651:
    pass
elif a652:
    pass
elif a653:
    pass
elif a654:
    pass
elif a655:
    pass
elif a656:
    pass
elif a657:
    pass
elif a658:
    pass
elif a659:
    pass
elif a660:
    pass
elif a661:
    pass
elif a662:
    pass
elif a663:
    pass
elif a664:
    pass
elif a665:
    pass
elif a666:
    pass
elif a667:
    pass
elif a668:
    pass
elif a669:
    pass
elif a670:
    pass
elif a671:
    pass
elif a672:
    pass
elif a673:
    pass
elif a674:
    pass
elif a675:
    pass
elif a676:
    pass
elif a677:
    pass
elif a678:
    pass
elif a679:
    pass
elif a680:
    pass
elif a681:
    pass
elif a682:
    pass
elif a683:
    pass
elif a684:
    pass
elif a685:
    pass
elif a686:
    pass
elif a687:
    pass
elif a688:
    pass
elif a689:
    pass
elif a690:
    pass
elif a691:
    pass
elif a692:
    pass
elif a693:
    pass
elif a694:
    pass
elif a695:
    pass
elif a696:
    pass
elif a697:
    pass
elif a698:
    pass
elif a699:
    pass
elif a700:
    pass
elif a701:
    pass
elif a702:
    pass
elif a703:
    pass
elif a704:
    pass
elif a705:
    pass
elif a706:
    pass
elif a707:
    pass
elif a708:
    pass
elif a709:
    pass
elif a710:
    pass
elif a711:
    pass
elif a712:
    pass
elif a713:
    pass
elif a714:
    pass
elif a715:
    pass
elif a716:
    pass
elif a717:
    pass
elif a718:
    pass
elif a719:
    pass
elif a720:
    pass
elif a721:
    pass
elif a722:
    pass
elif a723:
    pass
elif a724:
    pass
elif a725:
    pass
elif a726:
    pass
elif a727:
    pass
elif a728:
    pass
elif a729:
    pass
elif a730:
    pass
elif a731:
    pass
elif a732:
    pass
elif a733:
    pass
elif a734:
    pass
elif a735:
    pass
elif a736:
    pass
elif a737:
    pass
elif a738:
    pass
elif a739:
    pass
elif a740:
    pass
elif a741:
    pass
elif a742:
    pass
elif a743:
    pass
elif a744:
    pass
elif a745:
    pass
elif a746:
    pass
elif a747:
    pass
elif a748:
    pass
elif a749:
    pass
elif a750:
    pass
elif a751:
    pass
elif a752:
    pass
elif a753:
    pass
elif a754:
    pass
elif a755:
    pass
elif a756:
    pass
elif a757:
    pass
elif a758:
    pass
elif a759:
    pass
elif a760:
    pass
elif a761:
    pass
elif a762:
    pass
elif a763:
    pass
elif a764:
    pass
elif a765:
    pass
elif a766:
    pass
elif a767:
    pass
elif a768:
    pass
elif a769:
    pass
elif a770:
    pass
elif a771:
    pass
elif a772:
    pass
elif a773:
    pass
elif a774:
    pass
elif a775:
    pass
elif a776:
    pass
elif a777:
    pass
elif a778:
    pass
elif a779:
    pass
elif a780:
    pass
elif a781:
    pass
elif a782:
    pass
elif a783:
    pass
elif a784:
    pass
elif a785:
    pass
elif a786:
    pass
elif a787:
    pass
elif a788:
    pass
elif a789:
    pass
elif a790:
    pass
elif a791:
    pass
elif a792:
    pass
elif a793:
    pass
elif a794:
    pass
elif a795:
    pass
elif a796:
    pass
elif a797:
    pass
elif a798:
    pass
elif a799:
    pass
else:
    pass
